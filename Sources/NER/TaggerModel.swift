import Foundation
/// The averaged-perceptron tagger's weights: hashed feature keys → one score per class,
/// decoded greedily left to right under BIO constraints.
///
/// Trained at development time on the KIND train splits (`analyze train-ner`); the weights file
/// `Lexicons/ner/tagger.bin` is therefore CC BY-NC like KIND. File layout (little endian):
/// `"NERT"`, version 1, class count, feature count, Float32 scale, then the UInt64 keys, then
/// Int16 weights (class-major within a feature) to multiply by the scale.
struct TaggerModel: Sendable {
    /// 32-bit fingerprints of the feature keys (0: empty) — a small array that stays in cache.
    private var fingerprints: [UInt32]
    /// Quantized weights per class (lane 7 unused), read only when a fingerprint matches.
    private var rows: [SIMD8<Int16>]
    private var mask: Int

    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    @inline(__always) private static func fingerprint(_ k: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: k >> 32) | 1
    }

    @inline(__always) func row(_ k: UInt64) -> SIMD8<Int16>? {
        let f = Self.fingerprint(k)
        return fingerprints.withUnsafeBufferPointer { keys in
            var i = Self.slot(k, mask)
            while true {
                let x = keys[i]
                if x == f { return rows[i] }
                if x == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    init(bytes: [UInt8], file: String) throws(LexiconError) {
        func u32(_ o: Int) -> UInt32 { UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24 }
        guard bytes.count >= 20, bytes[0] == 0x4E, bytes[1] == 0x45, bytes[2] == 0x52, bytes[3] == 0x54 else {
            throw .badModel(file: file, reason: "missing NERT header")
        }
        guard u32(4) == 1, u32(8) == UInt32(TaggerFeatures.classCount) else { throw .badModel(file: file, reason: "unsupported version or class count") }
        let count = Int(u32(12))
        let c = TaggerFeatures.classCount
        guard bytes.count == 20 + count * 8 + count * c * 2 else { throw .badModel(file: file, reason: "size does not match \(count) features") }
        var cap = 1024
        while cap < count * 2 { cap <<= 1 }
        let m = cap - 1
        var keys = [UInt32](repeating: 0, count: cap)
        var rows = [SIMD8<Int16>](repeating: SIMD8(), count: cap)
        bytes.withUnsafeBytes { raw in
            let wBase = 20 + count * 8
            for f in 0..<count {
                let k = raw.loadUnaligned(fromByteOffset: 20 + f * 8, as: UInt64.self).littleEndian
                var v = SIMD8<Int16>()
                for j in 0..<c {
                    v[j] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: wBase + (f * c + j) * 2, as: Int16.self))
                }
                var i = Self.slot(k, m)
                while keys[i] != 0 { i = (i + 1) & m }
                keys[i] = Self.fingerprint(k); rows[i] = v
            }
        }
        fingerprints = keys
        self.rows = rows
        mask = m
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

    /// Whether token `i` can only be O given the previous class (training skips these too).
    @inline(__always)
    static func onlyO(_ v: DocumentView, _ i: Int, previous prev: Int) -> Bool {
        let kind = v.kinds_[i]
        let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
        let gluedInside = nonWord && v.has(i, DocumentView.Flag.glued) && (kind == .punctuation)
        return (nonWord && !(gluedInside && prev != 0))
            || (prev == 0 && v.kinds[i] == 0 && v.matchLength[i] == 0 && kind == .word && !v.has(i, DocumentView.Flag.capitalized))
    }

    /// The best class for every token, greedily.
    func tag(_ features: TaggerFeatures) -> [Int] {
        let n = features.view.count
        var out = [Int](); out.reserveCapacity(n)
        var buf = [UInt64](); buf.reserveCapacity(64)
        var dyn = [UInt64](); dyn.reserveCapacity(8)
        var prev = 0, prev2 = 0
        let v = features.view
        for i in 0..<n {
            // Tokens that can only be O skip scoring: punctuation outside a name, and a
            // lowercase word with no lexicon kind after an O (such heads are trimmed anyway).
            if Self.onlyO(v, i, previous: prev) {
                out.append(0)
                prev2 = prev; prev = 0
                continue
            }
            features.staticFeatures(i, into: &buf)
            var score = SIMD8<Int32>()
            for k in buf { if let r = row(k) { score &+= SIMD8<Int32>(truncatingIfNeeded: r) } }
            features.dynamicFeatures(i, previous: prev, previous2: prev2, into: &dyn)
            for k in dyn { if let r = row(k) { score &+= SIMD8<Int32>(truncatingIfNeeded: r) } }
            var best = 0
            var bestScore = Int32.min
            let kind = v.kinds_[i]
            let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
            let gluedInside = nonWord && v.has(i, DocumentView.Flag.glued) && (kind == .punctuation)
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
