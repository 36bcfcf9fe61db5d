import Foundation

/// Every lexicon the recognizer uses, loaded once and shared (immutable, `Sendable`).
///
/// Files are TSV with a header. Gazetteers: `surface\ttype\tcanonical\tsource` (types in
/// ``LexiconKind``); lemma lists: `form\tlemma` (lowercase forms become common words). Lines
/// starting with `#` are comments. Files with another header are not lexicons and are skipped.
///
/// ```swift
/// let lexicons = try Lexicons(directory: Lexicons.locate())
/// let recognizer = EntityRecognizer(lexicons: lexicons)
/// ```
public struct Lexicons: Sendable {
    var table: PhraseTable
    var entryKind: [UInt8] = []
    var entryNext: [Int32] = []
    var entryFile: [UInt16] = []
    var entryCanonical: [Range<Int32>] = []
    var entrySource: [Range<Int32>] = []
    var entryCapitalizedOnly: [Bool] = []
    var files: [LoadedFile] = []
    /// The statistical tagger, when its weights file was found.
    var model: TaggerModel?

    struct LoadedFile: Sendable {
        var name: String
        var bytes: [UInt8]
    }

    /// The names of the files loaded, in order.
    public var fileNames: [String] { files.map(\.name) }
    /// How many entries were loaded.
    public var entryCount: Int { entryKind.count }
    /// Whether the statistical tagger's weights are loaded.
    public var hasModel: Bool { model != nil }

    /// Creates an empty lexicon set (the recognizer then uses shape rules only).
    public init() { table = PhraseTable(expectedCount: 16) }

    /// Loads every `*.tsv` in `directory` and in its `ner/` subfolder, the tagger weights
    /// `ner/tagger.bin` if present, and optionally the system Italian word list.
    /// - Parameters:
    ///   - directory: the `Lexicons/` folder.
    ///   - systemWordList: a plain word list read at run time (GPL data is never bundled);
    ///     `nil` skips it. Missing files are ignored.
    ///   - useModel: whether to load the tagger weights.
    /// - Throws: ``LexiconError`` naming the file (and line) that failed.
    public init(directory: String, systemWordList: String? = nil, useModel: Bool = true) throws(LexiconError) {
        var paths: [String] = []
        for dir in [directory, directory + "/ner"] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            paths += names.filter { $0.hasSuffix(".tsv") }.sorted().map { dir + "/" + $0 }
        }
        if paths.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw .unreadable(file: directory, reason: "no such directory")
        }
        var loaded: [(String, [UInt8])] = []
        for p in paths { loaded.append((p, try Self.read(p))) }
        try self.init(files: loaded)
        if let w = systemWordList, let bytes = try? Self.read(w) { addWordList(name: w, bytes: bytes) }
        let modelPath = directory + "/ner/tagger.bin"
        if useModel, FileManager.default.fileExists(atPath: modelPath) {
            model = try TaggerModel(bytes: try Self.read(modelPath), file: modelPath)
        }
    }

    /// Parses lexicon files given as `(name, UTF-8 contents)` pairs.
    /// - Throws: ``LexiconError`` naming the file and line of the first bad line.
    public init(files: [(name: String, contents: [UInt8])]) throws(LexiconError) {
        let lines = files.reduce(0) { $0 + $1.contents.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
        table = PhraseTable(expectedCount: lines * 2 + 16)
        entryKind.reserveCapacity(lines)
        for (name, bytes) in files { try parse(name: name, bytes: bytes) }
    }

    /// Parses one lexicon file given as a string (handy in tests).
    public init(parsing text: String, name: String = "<string>") throws(LexiconError) {
        try self.init(files: [(name, Array(text.utf8))])
    }

    static func read(_ path: String) throws(LexiconError) -> [UInt8] {
        guard let d = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "cannot open")
        }
        return [UInt8](d)
    }

    /// The lexicon kinds of the phrase `words` (normalized tokens) when its first word is
    /// capitalized or not; for tests and `--explain`.
    public func kinds(of words: [String], capitalized: Bool) -> [LexiconKind] {
        var h: UInt64 = 0
        for w in words { h = PhraseHash.extend(h, PhraseHash.token(w)) }
        let s = table.find(h)
        guard s >= 0 else { return [] }
        let m = table.anyCaseMask[s] | (capitalized ? table.capitalizedMask[s] : 0)
        return LexiconKind.allCases.filter { m & $0.bit != 0 }
    }

    /// The preferred entity entry at a slot: products, then curated organizations, then places,
    /// then other organizations (football clubs named after their town), people, misc.
    func bestEntity(slot: Int, capitalized: Bool) -> (kind: LexiconKind, source: String)? {
        var e = table.firstEntry[slot]
        var best: (score: Int, entry: Int)? = nil
        while e >= 0 {
            let i = Int(e)
            e = entryNext[i]
            guard capitalized || !entryCapitalizedOnly[i], let kind = LexiconKind(rawValue: entryKind[i]), kind.label != nil else { continue }
            var score: Int
            switch kind {
            case .product: score = 5
            case .organization: score = sourceBytes(i).starts(with: Array("openfootball".utf8)) ? 2 : 4
            case .location: score = 3
            case .person: score = 1
            default: score = 0
            }
            if best == nil || score > best!.score { best = (score, i) }
        }
        guard let b = best else { return nil }
        let f = files[Int(entryFile[b.entry])]
        let src = String(decoding: sourceBytes(b.entry), as: UTF8.self)
        let base = (f.name as NSString).lastPathComponent
        return (LexiconKind(rawValue: entryKind[b.entry])!, src.isEmpty ? base : base + ":" + src)
    }

    private func sourceBytes(_ i: Int) -> ArraySlice<UInt8> {
        let s = entrySource[i]
        return files[Int(entryFile[i])].bytes[Int(s.lowerBound)..<Int(s.upperBound)]
    }

    /// The canonical form and source of the first entry of `kind` at a table slot.
    func entryInfo(slot: Int, kind: LexiconKind) -> (canonical: String, source: String)? {
        var e = table.firstEntry[slot]
        while e >= 0 {
            let i = Int(e)
            if entryKind[i] == kind.rawValue {
                let f = files[Int(entryFile[i])]
                let c = entryCanonical[i], s = entrySource[i]
                let canon = String(decoding: f.bytes[Int(c.lowerBound)..<Int(c.upperBound)], as: UTF8.self)
                let src = String(decoding: f.bytes[Int(s.lowerBound)..<Int(s.upperBound)], as: UTF8.self)
                let base = (f.name as NSString).lastPathComponent
                return (canon, src.isEmpty ? base : base + ":" + src)
            }
            e = entryNext[i]
        }
        return nil
    }
}
