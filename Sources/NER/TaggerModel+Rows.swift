/// The tagger's precomputed rows and its exact row sums (see ``TaggerModel``).
extension TaggerModel {
    /// Where ``fixed`` keeps each feature's rows.
    enum FixedRows {
        static let bias = 0
        static let flags = 1
        static let kind = flags + TaggerFeatures.flagValues  // kind * 4 + the flags 1 and 8
        static let previousKind = kind + TaggerFeatures.kindValues * 4
        static let nextKind = previousKind + TaggerFeatures.kindValues
        static let runInfo = nextKind + TaggerFeatures.kindValues
        static let previousRule = runInfo + TaggerFeatures.runInfoValues  // no rule at the previous token
        static let nextRule = previousRule + 1  // no rule at the next token
        static let documentCase = nextRule + 1  // document * 512 + flags
        static let kindsTwoBefore = documentCase + TaggerFeatures.documentValues * TaggerFeatures.flagValues  // no kinds: + flags
        static let count = kindsTwoBefore + TaggerFeatures.flagValues
        /// The row of the token's kind `k` with capitalization flags `flags & 9`.
        @inline(__always) static func kind(_ k: Int, flags: UInt64) -> Int {
            kind &+ k &* 4 &+ Int(truncatingIfNeeded: flags & 1 | (flags >> 2) & 2)
        }
        /// The key of every row.
        static let keys: [UInt64] = {
            var keys = [UInt64](repeating: 0, count: count)
            keys[bias] = TaggerFeatures.key(1, 0)
            for f in 0..<TaggerFeatures.flagValues { keys[flags + f] = TaggerFeatures.key(16, UInt64(f)) }
            for k in 0..<TaggerFeatures.kindValues {
                for f: UInt64 in [0, 1, 8, 9] { keys[kind(k, flags: f)] = TaggerFeatures.key(TaggerFeatures.kindTemplate(20, k), f) }
                keys[previousKind + k] = TaggerFeatures.key(TaggerFeatures.kindTemplate(40, k), 0)
                keys[nextKind + k] = TaggerFeatures.key(TaggerFeatures.kindTemplate(60, k), 0)
            }
            for r in 0..<TaggerFeatures.runInfoValues { keys[runInfo + r] = TaggerFeatures.key(142, UInt64(r)) }
            keys[previousRule] = TaggerFeatures.key(91, 0)
            keys[nextRule] = TaggerFeatures.key(92, 0)
            for d in 0..<UInt64(TaggerFeatures.documentValues) {
                for f in 0..<UInt64(TaggerFeatures.flagValues) { keys[documentCase + Int(d) * TaggerFeatures.flagValues + Int(f)] = TaggerFeatures.key(99, d << 16 | f) }
            }
            for f in 0..<TaggerFeatures.flagValues { keys[kindsTwoBefore + f] = TaggerFeatures.key(111, UInt64(f)) }
            return keys
        }()
    }

    /// A sum of weight rows kept as its even and odd classes (lanes 0, 2, 4, 6 and 1, 3, 5, 7):
    /// a row read as four Int32 holds each even class in a low half and the next odd class in
    /// the high half, so two shifts widen it (SIMD8's generic Int16 → Int32 conversion was a
    /// call per row once the feature code was inlined). Exact, like any Int32 sum.
    struct RowSum {
        var even = SIMD4<Int32>(), odd = SIMD4<Int32>()

        /// Adds the row at byte `offset` of `base`.
        @inline(__always) mutating func add(_ base: UnsafeRawPointer, _ offset: Int) {
            let x = base.loadUnaligned(fromByteOffset: offset, as: SIMD4<Int32>.self)
            even &+= (x &<< 16) &>> 16
            odd &+= x &>> 16
        }

        /// Adds a row of ``split(_:)`` form.
        @inline(__always) mutating func add(split r: SIMD8<Int32>) {
            even &+= r.lowHalf
            odd &+= r.highHalf
        }

        /// `s` in the form ``add(split:)`` takes: even classes in lanes 0–3, odd ones in 4–7.
        static func split(_ s: SIMD8<Int32>) -> SIMD8<Int32> {
            SIMD8(s[0], s[2], s[4], s[6], s[1], s[3], s[5], s[7])
        }

        /// The sum, one lane per class (lane 7: 0).
        @inline(__always) var sum: SIMD8<Int32> {
            // Interleaved whole, then lane 7 cleared: two unpacks and a mask.
            SIMD8(even[0], odd[0], even[1], odd[1], even[2], odd[2], even[3], odd[3]) & SIMD8(-1, -1, -1, -1, -1, -1, -1, 0)
        }
    }

    /// Lanes 0–6 of a sum (lane 7 adds up garbage).
    @inline(__always) static func classLanes(_ s: SIMD8<Int32>) -> SIMD8<Int32> {
        s & SIMD8(-1, -1, -1, -1, -1, -1, -1, 0)
    }
}
