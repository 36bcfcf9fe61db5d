import Foundation
/// The averaged-perceptron tagger's weights: hashed feature keys → one score per class,
/// decoded with first-order Viterbi under BIO constraints (``TaggerDecoder``).
///
/// Trained at development time on the KIND train splits (`analyze train-ner`); the weights file
/// `Lexicons/ner/tagger.bin` is therefore CC BY-NC like KIND. File layout (little endian):
/// `"NERT"`, version 2, class count, feature count, Float32 scale, then the UInt64 keys, then
/// Int16 weights (class-major within a feature) to multiply by the scale.
struct TaggerModel: Sendable {
    /// Bucketed hash table: a key's bucket is one 64-byte cache line holding four rows of the
    /// seven quantized class weights (14 bytes each, at byte 14 × row) and, in its last 8 bytes,
    /// the rows' 16-bit key fingerprints (0: empty). A lookup finds the row whose fingerprint
    /// matches with one 64-bit compare (SWAR) and adds that row, or a zero row after the last
    /// bucket when none does: one hash, one line, no branch. Rows are placed at load exactly as
    /// the format's reference layout places them (``init(bytes:file:)``), so a look-up returns
    /// what ``row(_:)`` finds.
    private var table: [SIMD8<Int16>]
    private var bucketMask: Int
    /// Features dropped at load because their bucket was full (the smallest weights lose).
    private(set) var dropped = 0
    /// Scores of the features of the previous two classes (``TaggerFeatures/pairFeature(previous:previous2:)``), at `p * 8 + p2`.
    private var pairScores: [SIMD8<Int32>] = []
    /// The weight of one quantized unit.
    private(set) var scale: Float = 1
    /// The summed weights of the features whose values come from a small fixed set, looked up
    /// once at load (``FixedRows``), in ``RowSum/split(_:)`` form.
    private var fixed: [SIMD8<Int32>] = []

    @inline(__always) private static func bucket(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    @inline(__always) private static func fingerprint(_ k: UInt64) -> Int16 {
        Int16(truncatingIfNeeded: k >> 48) | 1
    }

    /// The first bucket of the table on a 64-byte boundary (the array has 4 rows of slack).
    @inline(__always) private static func alignedBase(_ t: UnsafeBufferPointer<SIMD8<Int16>>) -> UnsafeRawPointer {
        let b = UnsafeRawPointer(t.baseAddress!)
        return b + ((64 - Int(bitPattern: UInt(bitPattern: b)) & 63) & 63)
    }

    /// Byte offset of the row in bucket `b` at `j` (0–3).
    @inline(__always) private static func rowOffset(_ b: Int, _ j: Int) -> Int { b &* 64 &+ j &* 14 }
    /// Byte offset of bucket `b`'s four fingerprints.
    @inline(__always) private static func fingerprintOffset(_ b: Int) -> Int { b &* 64 &+ 56 }

    /// The byte offset of the weights of key `k` (lanes 0–6; lane 7 is garbage): the matching
    /// row of its bucket, or the zero row past the last bucket (at `(mask + 1) * 64`).
    @inline(__always) private static func offset(_ k: UInt64, _ base: UnsafeRawPointer, _ mask: Int) -> Int {
        let b = bucket(k, mask)
        let lanes: UInt64 = 0x0001_0001_0001_0001
        let x = base.load(fromByteOffset: fingerprintOffset(b), as: UInt64.self) ^ (UInt64(UInt16(bitPattern: fingerprint(k))) &* lanes)
        // The lowest 16-bit lane of x that is zero (fingerprints are unique in a bucket): row j
        // sets bit 16 j + 15, and no row bit 64.
        let bit = ((x &- lanes) & ~x & (lanes &<< 15)).trailingZeroBitCount
        // All ones when a row matched: selected with masks rather than a branch, which the
        // misses (most rare words) would mispredict.
        let found = (bit &>> 6) &- 1
        let zeroRow = (mask &+ 1) &* 64
        // (16 j + 15) * 7 / 8 = 14 j + 13, rounded down.
        let row = b &* 64 &+ (bit &* 7) &>> 3 &- 13
        return zeroRow ^ ((zeroRow ^ row) & found)
    }

    /// The weights of key `k` (lanes 0–6; 0 when absent), lane 7 garbage.
    @inline(__always) private static func lookup(_ k: UInt64, _ base: UnsafeRawPointer, _ mask: Int) -> SIMD8<Int16> {
        base.loadUnaligned(fromByteOffset: offset(k, base, mask), as: SIMD8<Int16>.self)
    }


    /// The summed weights of `keys`, one lookup each (tests: the reference for ``emission(_:_:)``).
    func score(keys: [UInt64]) -> SIMD8<Int32> {
        table.withUnsafeBufferPointer { t in
            let base = Self.alignedBase(t)
            return Self.classLanes(keys.reduce(into: SIMD8<Int32>()) { s, k in s &+= SIMD8<Int32>(truncatingIfNeeded: Self.lookup(k, base, bucketMask)) })
        }
    }

    /// The emission score of token `i` as tagging computes it (tests).
    func emission(_ features: TaggerFeatures, _ i: Int) -> SIMD8<Int32> {
        withScorer(features) { $0.emissionSum(i) }
    }

    /// The transition scores of tokens `tokens`, in order, for every previous class `p` and
    /// class before it `p2` (at `((i - lowerBound) * 7 + p) * 7 + p2`), from one scorer as
    /// decoding uses it (tests).
    func transitions(_ features: TaggerFeatures, tokens: Range<Int>) -> [SIMD8<Float>] {
        withScorer(features) { s in
            var out: [SIMD8<Float>] = []
            for i in tokens {
                for p in 0..<TaggerFeatures.classCount {
                    for p2 in 0..<TaggerFeatures.classCount { out.append(s.transition(i, previous: p, previous2: p2)) }
                }
            }
            return out
        }
    }

    /// The weights of feature key `k` (lane 7: 0), if the model has it: a plain scan of its
    /// bucket (tests and tools; the reference for the look-up tagging uses).
    func row(_ k: UInt64) -> SIMD8<Int16>? {
        let f = Self.fingerprint(k)
        return table.withUnsafeBufferPointer { t in
            let base = Self.alignedBase(t), b = Self.bucket(k, bucketMask)
            for j in 0..<4 where base.loadUnaligned(fromByteOffset: Self.fingerprintOffset(b) + 2 * j, as: Int16.self) == f {
                var r = SIMD8<Int16>()
                for c in 0..<TaggerFeatures.classCount { r[c] = base.loadUnaligned(fromByteOffset: Self.rowOffset(b, j) + 2 * c, as: Int16.self) }
                return r
            }
            return nil
        }
    }

    /// The look-up tagging uses, lanes 0–6 (tests: it must agree with ``row(_:)``).
    func lookup(_ k: UInt64) -> SIMD8<Int16> {
        table.withUnsafeBufferPointer { t in
            Self.lookup(k, Self.alignedBase(t), bucketMask) & SIMD8(-1, -1, -1, -1, -1, -1, -1, 0)
        }
    }

    init(bytes: [UInt8], file: String) throws(LexiconError) {
        func u32(_ o: Int) -> UInt32 { UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24 }
        guard bytes.count >= 20, bytes[0] == 0x4E, bytes[1] == 0x45, bytes[2] == 0x52, bytes[3] == 0x54 else {
            throw .badModel(file: file, reason: "missing NERT header")
        }
        guard u32(4) == Self.version else {
            throw .badModel(file: file, reason: u32(4) == 1
                ? "version 1 weights were trained for greedy decoding; retrain them for version \(Self.version) (Viterbi) with `analyze train-ner` (Lexicons/ner/README.md)"
                : "unsupported version \(u32(4)) (this build reads version \(Self.version))")
        }
        guard u32(8) == UInt32(TaggerFeatures.classCount) else { throw .badModel(file: file, reason: "unsupported class count \(u32(8))") }
        let count = Int(u32(12))
        let c = TaggerFeatures.classCount
        guard bytes.count == 20 + count * 8 + count * c * 2 else { throw .badModel(file: file, reason: "size does not match \(count) features") }
        // 0.75 to 1.5 keys per 4-row bucket: ~1% of the features (the smallest of their bucket)
        // find it full and are dropped; 0.75% for the shipped model (1.2 keys a bucket).
        var buckets = 256
        while buckets * 3 < count * 2 { buckets <<= 1 }
        let m = buckets - 1
        // Per 64-byte bucket: 4 rows of 7 weights, then their 4 fingerprints; then a zero
        // bucket (misses), plus a bucket of slack to align the first one.
        var table = [SIMD8<Int16>](repeating: SIMD8(), count: buckets * 4 + 8)
        var dropped = 0
        func magnitude(_ v: SIMD8<Int16>) -> Int {
            var x = 0
            for j in 0..<c { x = max(x, abs(Int(v[j]))) }
            return x
        }
        bytes.withUnsafeBytes { raw in
            table.withUnsafeMutableBufferPointer { t in
                let base = UnsafeMutableRawPointer(mutating: Self.alignedBase(UnsafeBufferPointer(t)))
                func fingerprint(_ b: Int, _ j: Int) -> Int16 { base.load(fromByteOffset: Self.fingerprintOffset(b) + 2 * j, as: Int16.self) }
                func row(_ b: Int, _ j: Int) -> SIMD8<Int16> {
                    var v = base.loadUnaligned(fromByteOffset: Self.rowOffset(b, j), as: SIMD8<Int16>.self)
                    v[7] = 0
                    return v
                }
                let wBase = 20 + count * 8
                for f in 0..<count {
                    let k = raw.loadUnaligned(fromByteOffset: 20 + f * 8, as: UInt64.self).littleEndian
                    var v = SIMD8<Int16>()
                    #if _endian(little)
                    let fast = f < count - 1  // a 16-byte read stays inside the file
                    #else
                    let fast = false
                    #endif
                    if fast {
                        v = raw.loadUnaligned(fromByteOffset: wBase + f * c * 2, as: SIMD8<Int16>.self)
                        v[7] = 0
                    } else {
                        for j in 0..<c {
                            v[j] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: wBase + (f * c + j) * 2, as: Int16.self))
                        }
                    }
                    let fp = Self.fingerprint(k), b = Self.bucket(k, m)
                    // An empty row, else the row with the same fingerprint or the smallest weights.
                    var target = -1
                    for j in 0..<4 where fingerprint(b, j) == 0 || fingerprint(b, j) == fp { target = j; break }
                    if target < 0 {
                        var weakest = 0
                        for j in 1..<4 where magnitude(row(b, j)) < magnitude(row(b, weakest)) { weakest = j }
                        target = weakest
                    }
                    if fingerprint(b, target) != 0 {
                        dropped += 1
                        if magnitude(row(b, target)) >= magnitude(v) { continue }
                    }
                    // One 16-byte store; its lane 7 lands on the next 2 bytes, which are put back.
                    let after = base.load(fromByteOffset: Self.rowOffset(b, target) + 14, as: Int16.self)
                    base.storeBytes(of: v, toByteOffset: Self.rowOffset(b, target), as: SIMD8<Int16>.self)
                    base.storeBytes(of: after, toByteOffset: Self.rowOffset(b, target) + 14, as: Int16.self)
                    base.storeBytes(of: fp, toByteOffset: Self.fingerprintOffset(b) + 2 * target, as: Int16.self)
                }
            }
        }
        self.table = table
        bucketMask = m
        self.dropped = dropped
        scale = Float(bitPattern: u32(16))
        fixed = table.withUnsafeBufferPointer { t in
            FixedRows.keys.map { RowSum.split(Self.classLanes(SIMD8<Int32>(truncatingIfNeeded: Self.lookup($0, Self.alignedBase(t), m)))) }
        }
        pairScores = (0..<64).map { k in
            let p = k / 8, p2 = k % 8
            guard p < c, p2 < c else { return SIMD8() }
            let keys = [TaggerFeatures.pairFeature(previous: p), TaggerFeatures.pairFeature(previous: p, previous2: p2)]
            return table.withUnsafeBufferPointer { t in
                Self.classLanes(keys.reduce(into: SIMD8<Int32>()) { s, k in s &+= SIMD8<Int32>(truncatingIfNeeded: Self.lookup(k, Self.alignedBase(t), m)) })
            }
        }
    }

    /// The file format version: 2 since the weights are trained for Viterbi decoding (version 1
    /// weights, trained greedily, have the same layout but score paths badly, so they are refused).
    static let version: UInt32 = 2

    /// Serializes weights in the file layout above.
    static func serialize(_ weights: [UInt64: SIMD8<Float>]) -> [UInt8] {
        let c = TaggerFeatures.classCount
        var maxAbs: Float = 1e-9
        for v in weights.values { for j in 0..<c { maxAbs = max(maxAbs, abs(v[j])) } }
        let scale = maxAbs / 32767
        var out: [UInt8] = Array("NERT".utf8)
        func put32(_ x: UInt32) { withUnsafeBytes(of: x.littleEndian) { out += $0 } }
        put32(Self.version); put32(UInt32(c)); put32(UInt32(weights.count)); put32(scale.bitPattern)
        let sorted = weights.keys.sorted()
        for k in sorted { withUnsafeBytes(of: k.littleEndian) { out += $0 } }
        for k in sorted {
            let v = weights[k]!
            for j in 0..<c {
                let q = Int16(max(-32767, min(32767, (v[j] / scale).rounded())))
                withUnsafeBytes(of: q.littleEndian) { out += $0 }
            }
        }
        return out
    }

    static let supportKinds = KindMask.entityKinds | LexiconKind.organizationTrigger.bit | LexiconKind.locationTrigger.bit | LexiconKind.demonym.bit

    /// Whether token `i` can only be O given the previous class. Tagging skips punctuation outside
    /// a name and any lowercase word after an O that has no entity or trigger kind in the lexicons
    /// (the merge would trim such a head: roughly half the tokens of running text). With
    /// `training: true` only lowercase words with no lexicon kind at all qualify: training
    /// scores the other ones near names (``TaggerDecoder/skipsAfterO(_:near:)``), which keeps
    /// the model's O scores calibrated.
    @inline(__always)
    static func onlyO(_ v: DocumentView, _ i: Int, previous prev: Int, training: Bool = false) -> Bool {
        let kind = v.kinds_[i]
        let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
        let gluedInside = nonWord && v.has(i, DocumentView.Flag.glued) && (kind == .punctuation)
        if nonWord { return !(gluedInside && prev != 0) }
        // A lowercase word after an O starts a name only with lexicon support (governo, comune di);
        // the merge would trim anything else.
        let support = training ? ~0 : supportKinds
        return prev == 0 && v.kinds[i] & support == 0 && v.matchLength[i] == 0 && kind == .word && !v.has(i, DocumentView.Flag.capitalized)
    }

    /// Articles and articulated prepositions before a lowercase institution word the tagger
    /// takes for an organization (`il regime`, `dal tribunale`).
    static let definiteArticles: Set<String> = ["il", "lo", "la", "l'", "del", "dello", "della", "dell'", "al", "allo", "alla", "all'",
                                                "dal", "dallo", "dalla", "dall'", "nel", "nello", "nella", "nell'", "sul", "sullo", "sulla", "sull'", "col"]

    /// Runs `body` with a scorer of `features` over the weight tables.
    private func withScorer<R>(_ features: TaggerFeatures, _ body: (inout Scorer) -> R) -> R {
        table.withUnsafeBufferPointer { t in
            fixed.withUnsafeBufferPointer { fixed in
                pairScores.withUnsafeBufferPointer { pairs in
                    var s = Scorer(features: features, base: Self.alignedBase(t), mask: bucketMask, fixed: fixed.baseAddress!, pairs: pairs.baseAddress!)
                    return body(&s)
                }
            }
        }
    }

    /// Scores from the quantized table (units of `scale`).
    private struct Scorer: TaggerScorer {
        let features: TaggerFeatures
        let base: UnsafeRawPointer
        let mask: Int
        let fixed: UnsafePointer<SIMD8<Int32>>
        let pairs: UnsafePointer<SIMD8<Int32>>
        var cacheToken = -1
        var cached = 0
        /// The token dynamic features' scores per label group, valid where `cached` has its bit.
        var groupScores = (SIMD8<Int32>(), SIMD8<Int32>(), SIMD8<Int32>(), SIMD8<Int32>())

        mutating func emission(_ i: Int) -> SIMD8<Float> { SIMD8<Float>(emissionSum(i)) }

        /// The static features' summed weights. Each key's weights are added as the key is
        /// made: no feature array to fill.
        @inline(__always) mutating func emissionSum(_ i: Int) -> SIMD8<Int32> {
            var sink = Sum(base: base, mask: mask, fixed: fixed)
            features.addStaticFeatures(i, to: &sink)
            return sink.score.sum
        }

        /// Adds up the weights of the keys it is given.
        struct Sum: FeatureSink {
            let base: UnsafeRawPointer
            let mask: Int
            let fixed: UnsafePointer<SIMD8<Int32>>
            var score = RowSum()
            @inline(__always) mutating func add(_ key: UInt64) {
                score.add(base, TaggerModel.offset(key, base, mask))
            }
            // Features with few values: their weights were looked up at load.
            @inline(__always) mutating func addBias() { score.add(split: fixed[FixedRows.bias]) }
            @inline(__always) mutating func addFlags(_ flags: UInt64) { score.add(split: fixed[FixedRows.flags &+ Int(truncatingIfNeeded: flags)]) }
            @inline(__always) mutating func addKind(_ k: Int, flags: UInt64) { score.add(split: fixed[FixedRows.kind(k, flags: flags)]) }
            @inline(__always) mutating func addPreviousKind(_ k: Int) { score.add(split: fixed[FixedRows.previousKind &+ k]) }
            @inline(__always) mutating func addNextKind(_ k: Int) { score.add(split: fixed[FixedRows.nextKind &+ k]) }
            @inline(__always) mutating func addRunInfo(_ info: UInt64) { score.add(split: fixed[FixedRows.runInfo &+ Int(truncatingIfNeeded: info)]) }
            // Mostly one value (no rule next to the token, no kinds two tokens before).
            @inline(__always) mutating func addPreviousRule(_ tag: UInt64) {
                if tag == 0 { score.add(split: fixed[FixedRows.previousRule]) } else { add(TaggerFeatures.key(91, tag)) }
            }
            @inline(__always) mutating func addNextRule(_ tag: UInt64) {
                if tag == 0 { score.add(split: fixed[FixedRows.nextRule]) } else { add(TaggerFeatures.key(92, tag)) }
            }
            @inline(__always) mutating func addDocumentCase(_ document: UInt64, flags: UInt64) {
                guard document < UInt64(TaggerFeatures.documentValues) else { return add(TaggerFeatures.key(99, document << 16 | flags)) }
                score.add(split: fixed[FixedRows.documentCase &+ Int(truncatingIfNeeded: document) &* TaggerFeatures.flagValues &+ Int(truncatingIfNeeded: flags)])
            }
            @inline(__always) mutating func addKindsTwoBefore(_ kinds: UInt64, flags: UInt64) {
                if kinds == 0 { score.add(split: fixed[FixedRows.kindsTwoBefore &+ Int(truncatingIfNeeded: flags)]) } else { add(TaggerFeatures.key(111, kinds << 16 | flags)) }
            }
        }

        mutating func transition(_ i: Int, previous: Int, previous2: Int) -> SIMD8<Float> {
            // The token's dynamic features see the previous label only: score each label once.
            let g = TaggerFeatures.labelGroup(previous)
            if cacheToken != i { cacheToken = i; cached = 0 }
            let score: SIMD8<Int32>
            if cached & (1 &<< g) == 0 {
                let (a, b) = features.tokenDynamicKeys(i, previous: previous)
                var sum = RowSum()
                sum.add(base, TaggerModel.offset(a, base, mask))
                sum.add(base, TaggerModel.offset(b, base, mask))
                score = sum.sum
                withUnsafeMutableBytes(of: &groupScores) { $0.storeBytes(of: score, toByteOffset: g &* 32, as: SIMD8<Int32>.self) }
                cached |= 1 &<< g
            } else {
                score = withUnsafeBytes(of: &groupScores) { $0.load(fromByteOffset: g &* 32, as: SIMD8<Int32>.self) }
            }
            return SIMD8<Float>(pairs[previous &* 8 &+ previous2] &+ score)
        }
    }

    /// Paths scoring this far (in weight units before quantization) below the best are dropped.
    /// (Measured on the dev sets: 2000 already decodes exactly; 1000 loses ~0.6 span F1.)
    static let pruneMargin: Float = 3000
    /// Before a word that cannot start a name, paths this far behind are dropped (1000: no
    /// change on the dev sets, 3% fewer instructions in the recognizer; 500 cost ~0.2 F1).
    static let skipMargin: Float = 1000

    /// The best class for every token (Viterbi, see ``TaggerDecoder``).
    func tag(_ features: TaggerFeatures, margin: Float? = nil) -> [Int] {
        withScorer(features) { s in
            var scored: [Bool] = []
            return TaggerDecoder.decode(features.view, &s, margin: (margin ?? Self.pruneMargin) / scale, skipMargin: Self.skipMargin / scale, scored: &scored)
        }
    }

    /// Tagger spans for PER/ORG/LOC merged with the rule proposals: pattern entities and
    /// lexicon products keep priority; other rule spans fill the gaps the tagger leaves.
    func merge(view: DocumentView, rules: [Candidate], preferLexicon: Bool = true, postRules: Bool = true) -> [Candidate] {
        let features = TaggerFeatures(view: view, rules: rules)
        let classes = tag(features)
        var spans: [Candidate] = []
        var i = 0
        let n = classes.count
        var ruleAt = [Int32](repeating: -1, count: n)  // rule starting at each token
        for (k, r) in rules.enumerated() { ruleAt[r.tokens.lowerBound] = Int32(k) }
        while i < n {
            guard let taggedLabel = TaggerFeatures.classLabels[classes[i]] else { i += 1; continue }
            var e = i + 1
            while e < n, classes[e] == classes[i] + (classes[i] & 1), classes[e] & 1 == 0 { e += 1 }
            let end = e
            defer { i = end }
            if !postRules {
                spans.append(Candidate(tokens: i..<e, label: taggedLabel, priority: Rule.gazetteer.1 - 1, source: Rule.tagger.0))
                continue
            }
            // An elided article or preposition never starts a name (dell’Austria → Austria).
            var i = i
            // Nor does a lowercase word without lexicon support (community HuggingFace → HuggingFace).
            let support = KindMask.entityKinds | LexiconKind.organizationTrigger.bit | LexiconKind.locationTrigger.bit
            while i < e - 1, !view.has(i, DocumentView.Flag.capitalized),
                  view.has(i, DocumentView.Flag.elided) || (view.kinds[i] & support == 0 && view.matchLength[i] == 0) { i += 1 }
            // Shouted headings: all-caps common words (RILEVATO) are not names.
            if (i..<e).allSatisfy({ view.has($0, DocumentView.Flag.allCaps) && view.isKind($0, .common) && view.kinds[$0] & KindMask.entityKinds == 0 && view.matchLength[$0] == 0 }) { continue }
            if (i..<e).allSatisfy({ view.has($0, DocumentView.Flag.inTitle) }) { continue }
            // Lowercase spans need lexicon support (governo, carabinieri, comune di X); a lone
            // function word (Con, Per) is never a name.
            let lowercase = (i..<e).allSatisfy { !view.has($0, DocumentView.Flag.capitalized) && !view.has($0, DocumentView.Flag.hasDigit) }
            let supported = (i..<e).contains { view.kinds[$0] & (KindMask.entityKinds | LexiconKind.organizationTrigger.bit | LexiconKind.locationTrigger.bit | LexiconKind.demonym.bit) != 0 || view.matchLength[$0] > 0 }
            if lowercase && !supported { continue }
            // A lone lowercase trigger word (startup, università) is not a name by itself.
            if lowercase, e == i + 1, view.kinds[i] & KindMask.entityKinds == 0, view.matchLength[i] == 0,
               !(taggedLabel == .organization && i > 0 && Self.definiteArticles.contains(view.normalized[i - 1])) { continue }
            if e == i + 1, view.isKind(i, .stop), view.matchLength[i] == 0 { continue }
            var source = Rule.tagger.0
            var label = taggedLabel
            // No person's name starts with an English article: The Information, The Verge.
            if label == .person, e > i + 1, view.normalized[i] == "the" { label = .organization }
            if label == .person, NameRules.isGroupName(i..<e, view) { label = .organization; source += "+" + Rule.groupName.0 }
            // A place followed by a word that ends organization names is the organization's
            // (New York Post, Brookings Institution, Malpensa Express).
            if label == .location, e < n, classes[e] == 0, NameRules.isOrganizationAfterPlace(e, view) {
                e += 1
                label = .organization; source += "+" + Rule.placeAndSuffix.0
            } else if label == .location, NameRules.endsWithOrganizationWord(i..<e, view) {
                // The tagger took the closing word into the place: Secondo il New York Post.
                label = .organization; source += "+" + Rule.placeAndSuffix.0
            }
            if label == .location, NameRules.isClubAfterArticle(i..<e, view) {
                label = .organization; source += "+" + Rule.club.0
            }
            if ruleAt[i] >= 0, case let r = rules[Int(ruleAt[i])], r.tokens == i..<e {
                source += "+" + r.source
                // A lexicon organization or place is not a person, whatever the context says.
                if preferLexicon, label == .person, r.label == .organization, r.source.hasPrefix("gazetteer:orgs.tsv:curated") {
                    label = r.label
                }
            }
            spans.append(Candidate(tokens: i..<e, label: label, priority: Rule.gazetteer.1 - 1, source: source))
        }
        for r in rules {
            switch r.label {
            case .person, .organization, .location:
                // The tagger decides these; hand-curated lexicon names fill the gaps it leaves.
                if r.source.hasPrefix(Rule.gazetteer.0), r.source.hasSuffix(":curated"), view.has(r.tokens.lowerBound, DocumentView.Flag.capitalized) {
                    spans.append(Candidate(tokens: r.tokens, label: r.label, priority: 1, source: r.source))
                }
                continue
            case .product where r.source.hasPrefix(Rule.gazetteer.0) || r.source.hasPrefix("product"):
                spans.append(Candidate(tokens: r.tokens, label: r.label, priority: Rule.gazetteer.1 + 20, source: r.source))
            case .misc:
                spans.append(Candidate(tokens: r.tokens, label: r.label, priority: 0, source: r.source))
            default:
                spans.append(r)
            }
        }
        var resolved = Candidate.resolve(spans, tokenCount: view.count)
        if postRules { OneSense.harmonize(view, &resolved) }
        return resolved
    }
}
