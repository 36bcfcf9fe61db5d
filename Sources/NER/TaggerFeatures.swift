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
    var gazetteer: [UInt64]  // kinds of the match covering the token, with B/I position
    var ruleTag: [UInt64]    // rule proposal at the token: label + B/I, and its rule name
    var raw: [UInt64]        // case-sensitive surface
    var document: [UInt64]   // how the same word is written elsewhere in the document
    var runFirst: [UInt64] = [] // first / last word of the capitalized run around the token (0: none)
    var runLast: [UInt64] = []
    var runInfo: [UInt64] = []  // run length and position in it

    init(view: DocumentView, rules: [Candidate]) {
        self.view = view
        let n = view.count
        raw = view.rawHash
        shape = view.shapeHash
        var gazetteer = [UInt64](repeating: 0, count: n)
        var document = [UInt64](repeating: 0, count: n)
        var runFirst = [UInt64](repeating: 0, count: n), runLast = runFirst, runInfo = runFirst
        // Plain buffers: these loops visit every token of the document.
        view.flags.withUnsafeBufferPointer { flags in
            view.hash.withUnsafeBufferPointer { hash in
                document.withUnsafeMutableBufferPointer { Self.documentCase(flags: flags, hash: hash, into: $0) }
                view.matchLength.withUnsafeBufferPointer { matchLength in
                    gazetteer.withUnsafeMutableBufferPointer { gazetteer in
                        for i in 0..<n where matchLength[i] > 0 {
                            let len = Int(matchLength[i])
                            let kinds = UInt64(view.matchKinds[i])
                            for j in i..<min(n, i + len) where gazetteer[j] == 0 {
                                gazetteer[j] = kinds << 8 | (j == i ? 1 : 2) | UInt64(min(len, 4)) << 4
                            }
                        }
                    }
                }
                view.kinds_.withUnsafeBufferPointer { kinds_ in
                    let capitalized = DocumentView.Flag.capitalized, hasDigit = DocumentView.Flag.hasDigit
                    var i = 0
                    while i < n {
                        guard flags[i] & capitalized != 0 || (flags[i] & hasDigit != 0 && i > 0 && flags[i - 1] & capitalized != 0) else { i += 1; continue }
                        var e = i + 1
                        while e < n {
                            if flags[e] & capitalized != 0 || (flags[e] & hasDigit != 0 && kinds_[e] != .punctuation) { e += 1; continue }
                            if e + 1 < n, flags[e + 1] & capitalized != 0, flags[e] & DocumentView.Flag.wordLike != 0,
                               view.isKind(e, .particle) || flags[e] & DocumentView.Flag.elided != 0 { e += 2; continue }
                            break
                        }
                        for j in i..<e {
                            runFirst[j] = hash[i]; runLast[j] = hash[e - 1]
                            runInfo[j] = UInt64(min(e - i, 5)) << 4 | UInt64(j == i ? 1 : (j == e - 1 ? 2 : 3))
                        }
                        i = e
                    }
                }
            }
        }
        self.gazetteer = gazetteer
        self.document = document
        self.runFirst = runFirst; self.runLast = runLast; self.runInfo = runInfo
        ruleTag = Array(repeating: 0, count: n)
        for c in rules {
            var source = c.source
            let name = source.withUTF8 { PhraseHash.token($0.prefix { $0 != 0x3A }) }
            for j in c.tokens {
                let pos: UInt64 = j == c.tokens.lowerBound ? 1 : 2
                ruleTag[j] = PhraseHash.extend(UInt64(c.label.hashValueStable) << 2 | pos, name)
            }
        }
    }

    /// The number of distinct values of ``FeatureSink/addFlags(_:)``, of a lexicon kind
    /// (`DocumentView.kinds` is a 32-bit mask) and of ``FeatureSink/addRunInfo(_:)``.
    static let flagValues = 512, kindValues = 32, runInfoValues = 96
    /// The number of distinct values of the `document` feature (``FeatureSink/addDocumentCase(_:flags:)``).
    static let documentValues = 9

    /// The feature template of lexicon kind `k` in a family of twenty starting at `base` (20:
    /// the token's kinds, 40: the previous token's, 60: the next one's); kinds past the
    /// twentieth get templates of their own above 1000 rather than the next family's.
    @inline(__always) static func kindTemplate(_ base: UInt64, _ k: Int) -> UInt64 {
        k < 20 ? base + UInt64(k) : 1000 + base + UInt64(k)
    }

    @inline(__always) static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        PhraseHash.extend(template &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019, value)
    }

    /// The features of token `i` that do not depend on previous decisions.
    func staticFeatures(_ i: Int, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        addStaticFeatures(i, to: &f)
    }

    /// Hands each of ``staticFeatures(_:into:)``'s keys to `sink`, in the same order, without
    /// an array: tagging adds each key's weights as it comes (specialized and inlined, so no
    /// call per key).
    @inline(__always)
    func addStaticFeatures<S: FeatureSink>(_ i: Int, to sink: inout S) {
        let v = view, n = v.count
        let none: UInt64 = 0x5555
        let w = v.hash[i]
        let wp = i > 0 ? v.hash[i - 1] : none, wn = i + 1 < n ? v.hash[i + 1] : none
        let wp2 = i > 1 ? v.hash[i - 2] : none, wn2 = i + 2 < n ? v.hash[i + 2] : none
        let sp = i > 0 ? shape[i - 1] : none, sn = i + 1 < n ? shape[i + 1] : none
        sink.addBias()
        sink.add(Self.key(2, w))
        sink.add(Self.key(3, wp))
        sink.add(Self.key(4, wn))
        sink.add(Self.key(5, wp2))
        sink.add(Self.key(6, wn2))
        sink.add(Self.key(7, shape[i]))
        sink.add(Self.key(8, sp))
        sink.add(Self.key(9, sn))
        sink.add(Self.key(10, PhraseHash.extend(sp, shape[i])))
        sink.add(Self.key(11, PhraseHash.extend(shape[i], sn)))
        sink.add(Self.key(12, v.affixes[i].suffix3))
        sink.add(Self.key(13, v.affixes[i].prefix3))
        sink.add(Self.key(14, PhraseHash.extend(wp, w)))
        sink.add(Self.key(15, PhraseHash.extend(w, wn)))
        let flags = UInt64(v.flags[i] & 0x1FF)
        sink.addFlags(flags)
        sink.add(Self.key(17, PhraseHash.extend(flags, wp)))
        // lexicon kinds of this token and its neighbours, one feature per kind
        var m = v.kinds[i]
        while m != 0 {
            sink.addKind(m.trailingZeroBitCount, flags: flags & 9)
            m &= m - 1
        }
        m = i > 0 ? v.kinds[i - 1] : 0
        while m != 0 {
            sink.addPreviousKind(m.trailingZeroBitCount)
            m &= m - 1
        }
        m = i + 1 < n ? v.kinds[i + 1] : 0
        while m != 0 {
            sink.addNextKind(m.trailingZeroBitCount)
            m &= m - 1
        }
        if gazetteer[i] != 0 { sink.add(Self.key(80, gazetteer[i])) }
        if i + 1 < n, gazetteer[i + 1] != 0 { sink.add(Self.key(81, gazetteer[i + 1])) }
        if i > 0, gazetteer[i - 1] != 0 { sink.add(Self.key(82, gazetteer[i - 1])) }
        sink.add(Self.key(90, ruleTag[i]))
        sink.addPreviousRule(i > 0 ? ruleTag[i - 1] : none)
        sink.addNextRule(i + 1 < n ? ruleTag[i + 1] : none)
        sink.add(Self.key(93, PhraseHash.extend(ruleTag[i], flags)))
        sink.add(Self.key(94, raw[i]))
        sink.add(Self.key(95, v.affixes[i].suffix4))
        sink.add(Self.key(96, v.affixes[i].prefix4))
        sink.add(Self.key(97, PhraseHash.extend(wp, shape[i])))
        sink.add(Self.key(98, PhraseHash.extend(shape[i], wn)))
        sink.addDocumentCase(document[i], flags: flags)
        sink.add(Self.key(110, PhraseHash.extend(document[i], w)))
        if i > 1 { sink.addKindsTwoBefore(UInt64(v.kinds[i - 2] & 0xFFFF), flags: flags) }
        // neighbours' suffixes
        sink.add(Self.key(130, i > 0 ? v.affixes[i - 1].suffix3 : none))
        sink.add(Self.key(131, i + 1 < n ? v.affixes[i + 1].suffix3 : none))
        sink.add(Self.key(132, v.affixes[i].suffix2))
        // a wider window
        sink.add(Self.key(133, i > 2 ? v.hash[i - 3] : none))
        sink.add(Self.key(134, i + 3 < n ? v.hash[i + 3] : none))
        sink.add(Self.key(135, i > 1 ? shape[i - 2] : none))
        sink.add(Self.key(136, i + 2 < n ? shape[i + 2] : none))
        sink.add(Self.key(137, PhraseHash.extend(wp2, wp)))
        // the capitalized run around the token: its first and last words (Università … Pisa,
        // Amnesty … International), its length and the token's place in it
        if runInfo[i] != 0 {
            sink.add(Self.key(140, runFirst[i]))
            sink.add(Self.key(141, runLast[i]))
            sink.addRunInfo(runInfo[i])
            sink.add(Self.key(143, PhraseHash.extend(runLast[i], runInfo[i])))
            if runInfo[i] & 15 == 1 && i > 0 { sink.add(Self.key(144, PhraseHash.extend(wp, runLast[i]))) }
        }
    }

    /// The features that depend on the previous two decisions.
    @inline(__always)
    func dynamicFeatures(_ i: Int, previous: Int, previous2: Int, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        f.append(Self.pairFeature(previous: previous))
        f.append(Self.pairFeature(previous: previous, previous2: previous2))
        appendTokenDynamicFeatures(i, previous: previous, into: &f)
    }

    /// The dynamic features of the previous class alone (`previous2: nil`) or of the two
    /// previous classes: the same for every token, so the tagger precomputes their scores.
    @inline(__always) static func pairFeature(previous: Int, previous2: Int? = nil) -> UInt64 {
        let p = UInt64(previous + 1)
        guard let previous2 else { return key(100, p) }
        return key(103, p << 8 | UInt64(previous2 + 1))
    }

    /// The dynamic features of token `i` that pair the previous class with the token.
    /// They see the previous class's label only (O, PER, ORG, LOC: B and I alike), so the tagger
    /// scores them once per label rather than once per class.
    @inline(__always)
    func appendTokenDynamicFeatures(_ i: Int, previous: Int, into f: inout [UInt64]) {
        let (a, b) = tokenDynamicKeys(i, previous: previous)
        f.append(a); f.append(b)
    }

    /// The two keys ``appendTokenDynamicFeatures(_:previous:into:)`` appends.
    @inline(__always)
    func tokenDynamicKeys(_ i: Int, previous: Int) -> (UInt64, UInt64) {
        let p = UInt64(Self.labelGroup(previous) + 11)
        return (Self.key(101, PhraseHash.extend(p, view.hash[i])), Self.key(104, PhraseHash.extend(p, ruleTag[i])))
    }

    /// 0 for O, 1 PER, 2 ORG, 3 LOC.
    @inline(__always) static func labelGroup(_ c: Int) -> Int { (c &+ 1) >> 1 }
}

/// Receives feature keys one by one (``TaggerFeatures/addStaticFeatures(_:to:)``).
///
/// The features whose values come from a small fixed set also arrive through methods of their
/// own, which by default add their key: a sink may instead add weights it looked up once.
protocol FeatureSink {
    mutating func add(_ key: UInt64)
    /// The bias feature (template 1, the same for every token).
    mutating func addBias()
    /// The token's flags (template 16; `flags` < ``TaggerFeatures/flagValues``).
    mutating func addFlags(_ flags: UInt64)
    /// Lexicon kind `k` of the token, with its capitalization flags (`flags & 9`).
    mutating func addKind(_ k: Int, flags: UInt64)
    /// Lexicon kind `k` of the previous token.
    mutating func addPreviousKind(_ k: Int)
    /// Lexicon kind `k` of the next token.
    mutating func addNextKind(_ k: Int)
    /// The token's capitalized-run length and position (template 142; < ``TaggerFeatures/runInfoValues``).
    mutating func addRunInfo(_ info: UInt64)
    /// The rule proposal at the previous token (template 91; 0: none).
    mutating func addPreviousRule(_ tag: UInt64)
    /// The rule proposal at the next token (template 92; 0: none).
    mutating func addNextRule(_ tag: UInt64)
    /// How the token's word is written across the document, with its flags (template 99;
    /// `document` < ``TaggerFeatures/documentValues``).
    mutating func addDocumentCase(_ document: UInt64, flags: UInt64)
    /// The lexicon kinds (low 16 bits) of the token two before, with the token's flags (template 111).
    mutating func addKindsTwoBefore(_ kinds: UInt64, flags: UInt64)
}

extension FeatureSink {
    @inline(__always) mutating func addBias() { add(TaggerFeatures.key(1, 0)) }
    @inline(__always) mutating func addFlags(_ flags: UInt64) { add(TaggerFeatures.key(16, flags)) }
    @inline(__always) mutating func addKind(_ k: Int, flags: UInt64) { add(TaggerFeatures.key(TaggerFeatures.kindTemplate(20, k), flags)) }
    @inline(__always) mutating func addPreviousKind(_ k: Int) { add(TaggerFeatures.key(TaggerFeatures.kindTemplate(40, k), 0)) }
    @inline(__always) mutating func addNextKind(_ k: Int) { add(TaggerFeatures.key(TaggerFeatures.kindTemplate(60, k), 0)) }
    @inline(__always) mutating func addRunInfo(_ info: UInt64) { add(TaggerFeatures.key(142, info)) }
    @inline(__always) mutating func addPreviousRule(_ tag: UInt64) { add(TaggerFeatures.key(91, tag)) }
    @inline(__always) mutating func addNextRule(_ tag: UInt64) { add(TaggerFeatures.key(92, tag)) }
    @inline(__always) mutating func addDocumentCase(_ document: UInt64, flags: UInt64) { add(TaggerFeatures.key(99, document << 16 | flags)) }
    @inline(__always) mutating func addKindsTwoBefore(_ kinds: UInt64, flags: UInt64) { add(TaggerFeatures.key(111, kinds << 16 | flags)) }
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always) mutating func add(_ key: UInt64) { append(key) }
}

extension EntityLabel {
    /// A hash that is the same in every process (unlike `hashValue`).
    var hashValueStable: Int { EntityLabel.allCases.firstIndex(of: self)! + 1 }
}

extension TaggerFeatures {
    /// How each word is written across the document (the `document` feature): per word hash,
    /// seen capitalized mid-sentence (1), seen lowercase (2), seen all caps (4); plus one, at
    /// each word-like token (0 elsewhere). Open addressing over plain buffers: a word's slot is
    /// kept from the first pass, so the second reads its bits back without probing.
    static func documentCase(flags: UnsafeBufferPointer<UInt16>, hash: UnsafeBufferPointer<UInt64>, into document: UnsafeMutableBufferPointer<UInt64>) {
        let n = flags.count
        var cap = 64
        while cap < n * 2 { cap <<= 1 }
        let mask = cap - 1
        var keys = [UInt64](repeating: 0, count: cap), bits = [UInt8](repeating: 0, count: cap)
        keys.withUnsafeMutableBufferPointer { keys in
            bits.withUnsafeMutableBufferPointer { bits in
                let F = DocumentView.Flag.self
                for i in 0..<n where flags[i] & F.wordLike != 0 {
                    var b: UInt8 = 0
                    if flags[i] & F.capitalized != 0 { if flags[i] & F.sentenceStart == 0 { b = 1 } }
                    else { b = 2 }
                    if flags[i] & F.allCaps != 0 { b |= 4 }
                    let k = hash[i]
                    var s = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
                    while keys[s] != 0 && keys[s] != k { s = (s &+ 1) & mask }
                    keys[s] = k; bits[s] |= b
                    document[i] = UInt64(s)
                }
                for i in 0..<n where flags[i] & F.wordLike != 0 { document[i] = UInt64(bits[Int(document[i])]) &+ 1 }
            }
        }
    }
}
