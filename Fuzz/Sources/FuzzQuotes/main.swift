import FuzzSupport
import NER
import Tokenizer

/// Quote detector: offsets in bounds and consistent, sorted, and two quotations either apart or
/// one inside the other (never crossing), with depth counting the enclosing ones.
let detector = QuoteDetector()
let filter = BoilerplateFilter()

func check(_ quotes: [Quote], _ s: String, _ name: String) {
    let utf8 = Array(s.utf8)
    // Scalar offset of every byte boundary, to check start/end against utf8Start/utf8End.
    var scalarAt = [Int](repeating: -1, count: utf8.count + 1)
    var n = 0
    for (i, b) in utf8.enumerated() {
        if b & 0xC0 != 0x80 { scalarAt[i] = n; n += 1 }
    }
    scalarAt[utf8.count] = n
    var enclosing: [Quote] = []
    for (k, q) in quotes.enumerated() {
        let tag = "\(name) quote \(k) [\(q.utf8Start), \(q.utf8End))"
        require(q.utf8Start >= 0 && q.utf8Start <= q.utf8End && q.utf8End <= utf8.count, "\(tag) out of bounds")
        require(scalarAt[q.utf8Start] == q.start && scalarAt[q.utf8End] == q.end, "\(tag) scalar offsets disagree")
        if k > 0 { require(quotes[k - 1].utf8Start <= q.utf8Start, "\(tag) not sorted by start") }
        let slice = Array(utf8[q.utf8Start..<q.utf8End])
        if !q.open.isEmpty { require(slice.starts(with: Array(q.open.utf8)), "\(tag) does not begin with its open mark") }
        if !q.close.isEmpty { require(Array(slice.suffix(q.close.utf8.count)) == Array(q.close.utf8), "\(tag) does not end with its close mark") }
        while let top = enclosing.last, top.utf8End <= q.utf8Start { enclosing.removeLast() }
        if let top = enclosing.last {
            require(q.utf8End <= top.utf8End, "\(tag) crosses the quotation [\(top.utf8Start), \(top.utf8End)) it starts in")
        }
        require(q.depth == enclosing.count, "\(tag) depth \(q.depth), enclosed by \(enclosing.count)")
        enclosing.append(q)
        if let sp = q.speaker {
            require(sp.utf8Start <= sp.utf8End && sp.utf8End <= utf8.count, "\(tag) speaker out of bounds")
            require(scalarAt[sp.utf8Start] == sp.start && scalarAt[sp.utf8End] == sp.end, "\(tag) speaker offsets disagree")
        }
    }
}

runFuzzer { data, size in
    guard let data else { return 0 }
    let s = text(data, size)
    let all = detector.quotes(in: s)
    check(all, s, "all")
    let kept = filter.classify(s).decisions.filter(\.isKept).map(\.utf8Range)
    let within = detector.quotes(in: s, within: kept)
    check(within, s, "within")
    return 0
}
