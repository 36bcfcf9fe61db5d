import Foundation
/// The averaged-perceptron tagger's weights: hashed feature keys → one score per class,
/// decoded greedily left to right under BIO constraints.
///
/// Trained at development time on the KIND train splits (`analyze train-ner`); the weights file
/// `Lexicons/ner/tagger.bin` is therefore CC BY-NC like KIND. File layout (little endian):
/// `"NERT"`, version 1, class count, feature count, Float32 scale, then the UInt64 keys, then
/// Int16 weights (class-major within a feature) to multiply by the scale.
struct TaggerModel: Sendable {
    private var keys: [UInt64]
    private var rows: [SIMD8<Float>]
    private var mask: Int

    init(weights: [UInt64: SIMD8<Float>]) {
        var cap = 1024
        while cap < weights.count * 2 { cap <<= 1 }
        keys = Array(repeating: 0, count: cap)
        rows = Array(repeating: SIMD8<Float>(), count: cap)
        mask = cap - 1
        for (k, w) in weights {
            var i = Self.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k; rows[i] = w
        }
    }

    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    @inline(__always) func row(_ k: UInt64) -> SIMD8<Float>? {
        var i = Self.slot(k, mask)
        while true {
            let x = keys[i]
            if x == k { return rows[i] }
            if x == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    init(bytes: [UInt8], file: String) throws(LexiconError) {
        func u32(_ o: Int) -> UInt32 { UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24 }
        guard bytes.count >= 20, bytes[0] == 0x4E, bytes[1] == 0x45, bytes[2] == 0x52, bytes[3] == 0x54 else {
            throw .badModel(file: file, reason: "missing NERT header")
        }
        guard u32(4) == 1, u32(8) == UInt32(TaggerFeatures.classCount) else { throw .badModel(file: file, reason: "unsupported version or class count") }
        let count = Int(u32(12))
        let scale = Float(bitPattern: u32(16))
        let c = TaggerFeatures.classCount
        guard bytes.count == 20 + count * 8 + count * c * 2 else { throw .badModel(file: file, reason: "size does not match \(count) features") }
        var cap = 1024
        while cap < count * 2 { cap <<= 1 }
        keys = Array(repeating: 0, count: cap)
        rows = Array(repeating: SIMD8<Float>(), count: cap)
        mask = cap - 1
        let m = mask
        var keys = self.keys, rows = self.rows
        self.keys = []; self.rows = []
        bytes.withUnsafeBytes { raw in
            let wBase = 20 + count * 8
            for f in 0..<count {
                let k = raw.loadUnaligned(fromByteOffset: 20 + f * 8, as: UInt64.self).littleEndian
                var v = SIMD8<Float>()
                for j in 0..<c {
                    let q = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: wBase + (f * c + j) * 2, as: Int16.self))
                    v[j] = Float(q) * scale
                }
                var i = Self.slot(k, m)
                while keys[i] != 0 { i = (i + 1) & m }
                keys[i] = k; rows[i] = v
            }
        }
        self.keys = keys; self.rows = rows
    }

    /// Serializes weights in the file layout above.
    static func serialize(_ weights: [UInt64: SIMD8<Float>]) -> [UInt8] {
        let c = TaggerFeatures.classCount
        var maxAbs: Float = 1e-9
        for v in weights.values { for j in 0..<c { maxAbs = max(maxAbs, abs(v[j])) } }
        let scale = maxAbs / 32767
        var out: [UInt8] = Array("NERT".utf8)
        func put32(_ x: UInt32) { withUnsafeBytes(of: x.littleEndian) { out += $0 } }
        put32(1); put32(UInt32(c)); put32(UInt32(weights.count)); put32(scale.bitPattern)
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

    /// The best class for every token, greedily.
    func tag(_ features: TaggerFeatures) -> [Int] {
        let n = features.view.count
        var out = [Int](); out.reserveCapacity(n)
        var buf = [UInt64](); buf.reserveCapacity(64)
        var dyn = [UInt64](); dyn.reserveCapacity(8)
        var prev = 0, prev2 = 0
        for i in 0..<n {
            features.staticFeatures(i, into: &buf)
            var score = SIMD8<Float>()
            for k in buf { if let r = row(k) { score += r } }
            features.dynamicFeatures(i, previous: prev, previous2: prev2, into: &dyn)
            for k in dyn { if let r = row(k) { score += r } }
            var best = 0
            var bestScore = -Float.infinity
            let kind = features.view.tokens[i].kind
            let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
            let gluedInside = nonWord && features.view.has(i, DocumentView.Flag.glued) && (kind == .punctuation)
            for c in 0..<TaggerFeatures.classCount where TaggerFeatures.allowed(c, after: prev) && score[c] > bestScore {
                if nonWord && c != 0 && !(gluedInside && c & 1 == 0) { continue }
                best = c; bestScore = score[c]
            }
            out.append(best)
            prev2 = prev; prev = best
        }
        return out
    }

    /// Tagger spans for PER/ORG/LOC merged with the rule proposals: pattern entities and
    /// lexicon products keep priority; other rule spans fill the gaps the tagger leaves.
    func merge(view: DocumentView, rules: [Candidate], preferLexicon: Bool = true) -> [Candidate] {
        let features = TaggerFeatures(view: view, rules: rules)
        let classes = tag(features)
        var spans: [Candidate] = []
        var i = 0
        let n = classes.count
        var ruleAt: [Int: Candidate] = [:]
        for r in rules { ruleAt[r.tokens.lowerBound] = r }
        while i < n {
            guard let taggedLabel = TaggerFeatures.classLabels[classes[i]] else { i += 1; continue }
            var e = i + 1
            while e < n, classes[e] == classes[i] + (classes[i] & 1), classes[e] & 1 == 0 { e += 1 }
            let end = e
            defer { i = end }
            // An elided article or preposition never starts a name (dell’Austria → Austria).
            var i = i
            while i < e - 1, view.has(i, DocumentView.Flag.elided), !view.has(i, DocumentView.Flag.capitalized) { i += 1 }
            if (i..<e).allSatisfy({ view.has($0, DocumentView.Flag.inTitle) }) { continue }
            // Lowercase spans need lexicon support (governo, carabinieri, comune di X); a lone
            // function word (Con, Per) is never a name.
            let lowercase = (i..<e).allSatisfy { !view.has($0, DocumentView.Flag.capitalized) && !view.has($0, DocumentView.Flag.hasDigit) }
            let supported = (i..<e).contains { view.kinds[$0] & (KindMask.entityKinds | LexiconKind.organizationTrigger.bit | LexiconKind.locationTrigger.bit | LexiconKind.demonym.bit) != 0 || view.matchLength[$0] > 0 }
            if lowercase && !supported { continue }
            if e == i + 1, view.isKind(i, .stop), view.matchLength[i] == 0 { continue }
            var source = Rule.tagger.0
            var label = taggedLabel
            if let r = ruleAt[i], r.tokens == i..<e {
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
                continue  // the tagger decides these
            case .product where r.source.hasPrefix(Rule.gazetteer.0) || r.source.hasPrefix("product"):
                spans.append(Candidate(tokens: r.tokens, label: r.label, priority: Rule.gazetteer.1 + 20, source: r.source))
            case .misc:
                spans.append(Candidate(tokens: r.tokens, label: r.label, priority: 0, source: r.source))
            default:
                spans.append(r)
            }
        }
        var resolved = Candidate.resolve(spans, tokenCount: view.count)
        OneSense.harmonize(view, &resolved)
        return resolved
    }
}
