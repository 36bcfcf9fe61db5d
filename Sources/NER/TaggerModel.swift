import Foundation
/// The averaged-perceptron tagger's weights: hashed feature keys → one score per class,
/// decoded with first-order Viterbi under BIO constraints (``TaggerDecoder``).
///
/// Trained at development time on the KIND train splits (`analyze train-ner`); the weights file
/// `Lexicons/ner/tagger.bin` is therefore CC BY-NC like KIND. File layout (little endian):
/// `"NERT"`, version 2, class count, feature count, Float32 scale, then the UInt64 keys, then
/// Int16 weights (class-major within a feature) to multiply by the scale.
struct TaggerModel: Sendable {
    /// Bucketed hash table: a key's bucket is four 16-byte rows on one 64-byte cache line. In a
    /// row, lanes 0–6 hold the quantized weight per class and lane 7 a 16-bit fingerprint of the
    /// key (0: empty). A lookup reads its one line and adds the rows whose fingerprint matches,
    /// without branches, so the memory loads of a token's ~50 features overlap.
    private var table: [SIMD8<Int16>]
    private var bucketMask: Int
    /// Features dropped at load because their bucket was full (the smallest weights lose).
    private(set) var dropped = 0
    /// Scores of the features of the previous two classes (``TaggerFeatures/pairFeature(previous:previous2:)``), at `p * 8 + p2`.
    private var pairScores: [SIMD8<Int32>] = []
    /// The weight of one quantized unit.
    private(set) var scale: Float = 1

    @inline(__always) private static func bucket(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    @inline(__always) private static func fingerprint(_ k: UInt64) -> Int16 {
        Int16(truncatingIfNeeded: k >> 48) | 1
    }

    /// The first row of the table on a 64-byte boundary (the array has 4 rows of slack).
    @inline(__always) private static func alignedBase(_ t: UnsafeBufferPointer<SIMD8<Int16>>) -> UnsafePointer<SIMD8<Int16>> {
        let b = t.baseAddress!
        return b + ((64 - Int(bitPattern: UInt(bitPattern: b)) & 63) & 63) / 16
    }

    @inline(__always) private static func alignedBase(_ t: UnsafeMutableBufferPointer<SIMD8<Int16>>) -> UnsafeMutablePointer<SIMD8<Int16>> {
        let b = t.baseAddress!
        return b + ((64 - Int(bitPattern: UInt(bitPattern: b)) & 63) & 63) / 16
    }

    /// The sum of the rows of key `k` in its bucket (lane 7 is garbage).
    @inline(__always) private static func lookup(_ k: UInt64, _ base: UnsafePointer<SIMD8<Int16>>, _ mask: Int) -> SIMD8<Int16> {
        let f = SIMD8<Int16>(repeating: fingerprint(k))
        let p = base + bucket(k, mask) &* 4
        let r0 = p[0], r1 = p[1], r2 = p[2], r3 = p[3]
        let zero = SIMD8<Int16>()
        var acc = zero
        acc &+= zero.replacing(with: r0, where: SIMD8<Int16>(repeating: r0[7]) .== f)
        acc &+= zero.replacing(with: r1, where: SIMD8<Int16>(repeating: r1[7]) .== f)
        acc &+= zero.replacing(with: r2, where: SIMD8<Int16>(repeating: r2[7]) .== f)
        acc &+= zero.replacing(with: r3, where: SIMD8<Int16>(repeating: r3[7]) .== f)
        return acc
    }

    /// Adds the weights of every key in `keys` to `score` (lane 7 collects garbage: ignore it).
    @inline(__always)
    private static func accumulate(_ keys: UnsafeBufferPointer<UInt64>, _ base: UnsafePointer<SIMD8<Int16>>, _ mask: Int, into score: inout SIMD8<Int32>) {
        for k in keys { score &+= SIMD8<Int32>(truncatingIfNeeded: lookup(k, base, mask)) }
    }

    /// The weights of feature key `k`, if the model has it (tests and tools).
    func row(_ k: UInt64) -> SIMD8<Int16>? {
        let f = Self.fingerprint(k)
        return table.withUnsafeBufferPointer { t in
            let p = Self.alignedBase(t) + Self.bucket(k, bucketMask) * 4
            for j in 0..<4 where p[j][7] == f { return p[j] }
            return nil
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
        var table = [SIMD8<Int16>](repeating: SIMD8(), count: buckets * 4 + 4)
        var dropped = 0
        func magnitude(_ v: SIMD8<Int16>) -> Int {
            var x = 0
            for j in 0..<c { x = max(x, abs(Int(v[j]))) }
            return x
        }
        bytes.withUnsafeBytes { raw in
            table.withUnsafeMutableBufferPointer { t in
                let base = Self.alignedBase(t)
                let wBase = 20 + count * 8
                for f in 0..<count {
                    let k = raw.loadUnaligned(fromByteOffset: 20 + f * 8, as: UInt64.self).littleEndian
                    var v = SIMD8<Int16>()
                    for j in 0..<c {
                        v[j] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: wBase + (f * c + j) * 2, as: Int16.self))
                    }
                    v[7] = Self.fingerprint(k)
                    let p = base + Self.bucket(k, m) * 4
                    // An empty row, else the row with the same fingerprint or the smallest weights.
                    var target = -1
                    for j in 0..<4 where p[j][7] == 0 || p[j][7] == v[7] { target = j; break }
                    if target < 0 {
                        var weakest = 0
                        for j in 1..<4 where magnitude(p[j]) < magnitude(p[weakest]) { weakest = j }
                        target = weakest
                    }
                    if p[target][7] != 0 {
                        dropped += 1
                        if magnitude(p[target]) >= magnitude(v) { continue }
                    }
                    p[target] = v
                }
            }
        }
        self.table = table
        bucketMask = m
        self.dropped = dropped
        scale = Float(bitPattern: u32(16))
        pairScores = (0..<64).map { k in
            let p = k / 8, p2 = k % 8
            guard p < c, p2 < c else { return SIMD8() }
            let keys = [TaggerFeatures.pairFeature(previous: p), TaggerFeatures.pairFeature(previous: p, previous2: p2)]
            return table.withUnsafeBufferPointer { t in
                keys.reduce(into: SIMD8<Int32>()) { s, k in s &+= SIMD8<Int32>(truncatingIfNeeded: Self.lookup(k, Self.alignedBase(t), m)) }
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

    /// Scores from the quantized table (units of `scale`).
    private struct Scorer: TaggerScorer {
        let features: TaggerFeatures
        let base: UnsafePointer<SIMD8<Int16>>
        let mask: Int
        let pairs: [SIMD8<Int32>]
        var buf: [UInt64] = []
        var cacheToken = -1
        var cached = 0
        var groupScores = [SIMD8<Int32>](repeating: SIMD8(), count: 4)

        mutating func emission(_ i: Int) -> SIMD8<Float> {
            features.staticFeatures(i, into: &buf)
            var score = SIMD8<Int32>()
            buf.withUnsafeBufferPointer { TaggerModel.accumulate($0, base, mask, into: &score) }
            return SIMD8<Float>(score)
        }

        mutating func transition(_ i: Int, previous: Int, previous2: Int) -> SIMD8<Float> {
            // The token's dynamic features see the previous label only: score each label once.
            let g = TaggerFeatures.labelGroup(previous)
            if cacheToken != i { cacheToken = i; cached = 0 }
            if cached & (1 << g) == 0 {
                let (a, b) = features.tokenDynamicKeys(i, previous: previous)
                let score = SIMD8<Int32>(truncatingIfNeeded: TaggerModel.lookup(a, base, mask)) &+ SIMD8<Int32>(truncatingIfNeeded: TaggerModel.lookup(b, base, mask))
                groupScores.withUnsafeMutableBufferPointer { $0[g] = score }
                cached |= 1 << g
            }
            let pair = pairs.withUnsafeBufferPointer { $0[previous &* 8 &+ previous2] }
            return SIMD8<Float>(pair &+ groupScores.withUnsafeBufferPointer { $0[g] })
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
        table.withUnsafeBufferPointer { t in
            var s = Scorer(features: features, base: Self.alignedBase(t), mask: bucketMask, pairs: pairScores)
            s.buf.reserveCapacity(64)
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
