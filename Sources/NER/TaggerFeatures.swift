/// Feature extraction for the perceptron tagger: hashed features from the token, its neighbours,
/// the lexicon kinds, gazetteer matches and the rule proposals. Shared by training and tagging
/// so both see exactly the same features.
struct TaggerFeatures {
    static let classCount = 7
    /// Class names: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC.
    static let classLabels: [EntityLabel?] = [nil, .person, .person, .organization, .organization, .location, .location]
    static func classIndex(tag: String) -> Int {
        switch tag {
        case "B-PER": return 1
        case "I-PER": return 2
        case "B-ORG": return 3
        case "I-ORG": return 4
        case "B-LOC": return 5
        case "I-LOC": return 6
        default: return 0
        }
    }
    /// Whether class `c` may follow class `previous` (I-X only after B-X or I-X).
    @inline(__always) static func allowed(_ c: Int, after previous: Int) -> Bool {
        guard c != 0, c & 1 == 0 else { return true }
        return previous == c || previous == c - 1
    }

    let view: DocumentView
    var shape: [UInt64]
    var prefix: [UInt64]
    var suffix: [UInt64]
    var gazetteer: [UInt64]  // kinds of the match covering the token, with B/I position
    var ruleTag: [UInt64]    // rule proposal at the token: label + B/I, and its rule name
    var raw: [UInt64]        // case-sensitive surface
    var prefix4: [UInt64]
    var suffix4: [UInt64]
    var document: [UInt64]   // how the same word is written elsewhere in the document

    init(view: DocumentView, rules: [Candidate]) {
        self.view = view
        let n = view.count
        shape = []; shape.reserveCapacity(n)
        prefix = []; prefix.reserveCapacity(n)
        suffix = []; suffix.reserveCapacity(n)
        gazetteer = Array(repeating: 0, count: n)
        ruleTag = Array(repeating: 0, count: n)
        raw = []; raw.reserveCapacity(n)
        prefix4 = []; prefix4.reserveCapacity(n)
        suffix4 = []; suffix4.reserveCapacity(n)
        document = Array(repeating: 0, count: n)
        // Per word: seen capitalized mid-sentence (1), seen lowercase (2), seen all caps (4).
        var seen: [UInt64: UInt64] = [:]
        for i in 0..<n where view.has(i, DocumentView.Flag.wordLike) {
            var b: UInt64 = 0
            if view.has(i, DocumentView.Flag.capitalized) { if !view.has(i, DocumentView.Flag.sentenceStart) { b = 1 } }
            else { b = 2 }
            if view.has(i, DocumentView.Flag.allCaps) { b |= 4 }
            seen[view.hash[i], default: 0] |= b
        }
        for i in 0..<n where view.has(i, DocumentView.Flag.wordLike) { document[i] = (seen[view.hash[i]] ?? 0) + 1 }
        for t in view.tokens {
            raw.append(PhraseHash.token(t.text.utf8))
            var s = PhraseHash.seed
            var lastClass: UInt8 = 0, run = 0
            for b in t.text.utf8 {
                let c: UInt8
                if b >= 0x41 && b <= 0x5A { c = 88 } else if b >= 0x61 && b <= 0x7A { c = 120 }
                else if b >= 0x30 && b <= 0x39 { c = 100 } else if b >= 0xC0 { c = 120 } else if b >= 0x80 { continue } else { c = b }
                if c == lastClass { run += 1; if run >= 2 { continue } } else { run = 0 }
                lastClass = c
                s = (s ^ UInt64(c)) &* 0x100_0000_01b3
            }
            shape.append(s)
            let u = t.normalized.utf8
            var p = PhraseHash.seed, q = PhraseHash.seed
            var k = 0
            var p4 = p, q4 = q
            for b in u {
                if k >= 4 { break }
                if k < 3 { p = (p ^ UInt64(b)) &* 0x100_0000_01b3 }
                p4 = (p4 ^ UInt64(b)) &* 0x100_0000_01b3; k += 1
            }
            k = 0
            var idx = u.endIndex
            while idx > u.startIndex, k < 4 {
                idx = u.index(before: idx)
                if k < 3 { q = (q ^ UInt64(u[idx])) &* 0x100_0000_01b3 }
                q4 = (q4 ^ UInt64(u[idx])) &* 0x100_0000_01b3; k += 1
            }
            prefix.append(p); suffix.append(q); prefix4.append(p4); suffix4.append(q4)
        }
        for i in 0..<n where view.matchLength[i] > 0 {
            let len = Int(view.matchLength[i])
            let kinds = UInt64(view.matchKinds[i])
            for j in i..<min(n, i + len) where gazetteer[j] == 0 {
                gazetteer[j] = kinds << 8 | (j == i ? 1 : 2) | UInt64(min(len, 4)) << 4
            }
        }
        for c in rules {
            let name = PhraseHash.token(c.source.split(separator: ":").first.map(String.init) ?? c.source)
            for j in c.tokens {
                let pos: UInt64 = j == c.tokens.lowerBound ? 1 : 2
                ruleTag[j] = PhraseHash.extend(UInt64(c.label.hashValueStable) << 2 | pos, name)
            }
        }
    }

    @inline(__always) static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        PhraseHash.extend(template &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019, value)
    }

    /// The features of token `i` that do not depend on previous decisions.
    func staticFeatures(_ i: Int, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let v = view, n = v.count
        let none: UInt64 = 0x5555
        let w = v.hash[i]
        let wp = i > 0 ? v.hash[i - 1] : none, wn = i + 1 < n ? v.hash[i + 1] : none
        let wp2 = i > 1 ? v.hash[i - 2] : none, wn2 = i + 2 < n ? v.hash[i + 2] : none
        let sp = i > 0 ? shape[i - 1] : none, sn = i + 1 < n ? shape[i + 1] : none
        f.append(Self.key(1, 0))
        f.append(Self.key(2, w))
        f.append(Self.key(3, wp))
        f.append(Self.key(4, wn))
        f.append(Self.key(5, wp2))
        f.append(Self.key(6, wn2))
        f.append(Self.key(7, shape[i]))
        f.append(Self.key(8, sp))
        f.append(Self.key(9, sn))
        f.append(Self.key(10, PhraseHash.extend(sp, shape[i])))
        f.append(Self.key(11, PhraseHash.extend(shape[i], sn)))
        f.append(Self.key(12, suffix[i]))
        f.append(Self.key(13, prefix[i]))
        f.append(Self.key(14, PhraseHash.extend(wp, w)))
        f.append(Self.key(15, PhraseHash.extend(w, wn)))
        let flags = UInt64(v.flags[i] & 0x1FF)
        f.append(Self.key(16, flags))
        f.append(Self.key(17, PhraseHash.extend(flags, wp)))
        // lexicon kinds of this token and its neighbours, one feature per kind
        for (template, j) in [(20 as UInt64, i), (40, i - 1), (60, i + 1)] where j >= 0 && j < n {
            var m = v.kinds[j]
            while m != 0 {
                let bit = UInt64(m.trailingZeroBitCount)
                f.append(Self.key(template + bit, template == 20 ? flags & 9 : 0))
                m &= m - 1
            }
        }
        if gazetteer[i] != 0 { f.append(Self.key(80, gazetteer[i])) }
        if i + 1 < n, gazetteer[i + 1] != 0 { f.append(Self.key(81, gazetteer[i + 1])) }
        if i > 0, gazetteer[i - 1] != 0 { f.append(Self.key(82, gazetteer[i - 1])) }
        f.append(Self.key(90, ruleTag[i]))
        f.append(Self.key(91, i > 0 ? ruleTag[i - 1] : none))
        f.append(Self.key(92, i + 1 < n ? ruleTag[i + 1] : none))
        f.append(Self.key(93, PhraseHash.extend(ruleTag[i], flags)))
        f.append(Self.key(94, raw[i]))
        f.append(Self.key(95, suffix4[i]))
        f.append(Self.key(96, prefix4[i]))
        f.append(Self.key(97, PhraseHash.extend(wp, shape[i])))
        f.append(Self.key(98, PhraseHash.extend(shape[i], wn)))
        f.append(Self.key(99, document[i] << 16 | flags))
        f.append(Self.key(110, PhraseHash.extend(document[i], w)))
        if i > 1 { f.append(Self.key(111, UInt64(v.kinds[i - 2] & 0xFFFF) << 16 | flags)) }
    }

    /// The features that depend on the previous two decisions.
    @inline(__always)
    func dynamicFeatures(_ i: Int, previous: Int, previous2: Int, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let p = UInt64(previous + 1)
        f.append(Self.key(100, p))
        f.append(Self.key(101, PhraseHash.extend(p, view.hash[i])))
        f.append(Self.key(102, PhraseHash.extend(p, shape[i])))
        f.append(Self.key(103, p << 8 | UInt64(previous2 + 1)))
        f.append(Self.key(104, PhraseHash.extend(p, ruleTag[i])))
    }
}

extension EntityLabel {
    /// A hash that is the same in every process (unlike `hashValue`).
    var hashValueStable: Int { EntityLabel.allCases.firstIndex(of: self)! + 1 }
}
