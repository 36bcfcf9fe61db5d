/// Finds, in logarithmic time, the first entity (by start) that overlaps a range, so that
/// linking speakers to entities stays linear in the length of long documents.
struct EntityOverlapIndex<E: EntitySpanProtocol> {
    private let sorted: [E]
    /// `reach[i]`: the largest end among `sorted[0...i]`; it never decreases.
    private let reach: [Int]

    init(_ entities: [E]) {
        sorted = entities.sorted { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }
        var reach: [Int] = []
        reach.reserveCapacity(sorted.count)
        var far = Int.min
        for e in sorted {
            far = max(far, e.scalarRange.upperBound)
            reach.append(far)
        }
        self.reach = reach
    }

    /// The first entity in start order whose range overlaps `r`, as `first(where: overlaps)` would find it.
    func first(overlapping r: Range<Int>) -> E? {
        guard !r.isEmpty else { return nil }
        // The first entity ending after r.lowerBound is the first whose reach passes it.
        var lo = 0, hi = reach.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if reach[mid] <= r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        // Entities before `lo` end too early; from `lo` on, the candidates are those starting before r ends.
        while lo < sorted.count, sorted[lo].scalarRange.lowerBound < r.upperBound {
            if sorted[lo].scalarRange.overlaps(r) { return sorted[lo] }
            lo += 1
        }
        return nil
    }
}
