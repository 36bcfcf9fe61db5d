import Foundation

/// Every lexicon the recognizer uses, loaded once and shared (immutable, `Sendable`).
///
/// Files are TSV with a header. Gazetteers: `surface\ttype\tcanonical\tsource` (types in
/// ``LexiconKind``; extra columns are ignored). Lines starting with `#` are comments. Files
/// with another header (lemma lists, notes) are not gazetteers and are skipped.
///
/// ```swift
/// let lexicons = try Lexicons(directory: Lexicons.locate())
/// let recognizer = EntityRecognizer(lexicons: lexicons)
/// ```
public struct Lexicons: Sendable {
    var table: PhraseTable
    var entries: [Entry] = []
    /// Interned `file:source` names for `--explain`.
    var sourceNames: [String] = []
    /// The names of the files loaded, in order.
    public internal(set) var fileNames: [String] = []
    /// The statistical tagger, when its weights file was found.
    var model: TaggerModel?

    /// One lexicon line: its kind, where it came from, and the next entry with the same phrase.
    struct Entry: Sendable {
        var kind: UInt8
        var capitalizedOnly: Bool
        /// A football club named after its town, say: loses to a place with the same name.
        var lowPriority: Bool
        var source: UInt16
        var next: Int32
    }

    /// How many entries were loaded.
    public var entryCount: Int { entries.count }
    /// Whether the statistical tagger's weights are loaded.
    public var hasModel: Bool { model != nil }

    /// Creates an empty lexicon set (the recognizer then uses shape rules only).
    public init() { table = PhraseTable(expectedCount: 16) }

    /// Loads every gazetteer `*.tsv` in `directory` and in its `ner/` subfolder, the tagger
    /// weights `ner/tagger.bin` if present, and optionally a plain system word list.
    /// - Parameters:
    ///   - directory: the `Lexicons/` folder.
    ///   - systemWordList: a plain word list read at run time (GPL data such as
    ///     `/usr/share/dict/italian` is never bundled); `nil` skips it.
    ///   - useModel: whether to load the tagger weights.
    ///   - useCache: whether to keep and reuse a compiled copy of the gazetteers in a cache
    ///     directory (`$ANALYZE_CACHE_DIR`, `$XDG_CACHE_HOME/analyze` or `~/.cache/analyze`).
    /// - Throws: ``LexiconError`` naming the file (and line) that failed.
    public init(directory: String, systemWordList: String? = nil, useModel: Bool = true, useCache: Bool = true) throws(LexiconError) {
        var paths: [String] = []
        for dir in [directory, directory + "/ner"] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            paths += names.filter { $0.hasSuffix(".tsv") }.sorted().map { dir + "/" + $0 }
        }
        if paths.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw .unreadable(file: directory, reason: "no such directory")
        }
        paths = paths.filter(Self.fileHasGazetteerHeader)
        let cacheDir = useCache ? Self.cacheDirectory() : nil
        if let cacheDir, let cached = Self.cached(paths, directory: cacheDir) {
            self = cached
        } else {
            var loaded: [(name: String, contents: [UInt8])] = []
            for p in paths { loaded.append((p, try Self.read(p))) }
            try self.init(files: loaded)
            if let cacheDir { saveCache(paths, directory: cacheDir) }
        }
        if let w = systemWordList, let bytes = try? Self.read(w) { addWordList(name: w, bytes: bytes) }
        let modelPath = directory + "/ner/tagger.bin"
        if useModel, FileManager.default.fileExists(atPath: modelPath) {
            model = try TaggerModel(bytes: try Self.read(modelPath), file: modelPath)
        }
    }

    /// Parses lexicon files given as `(name, UTF-8 contents)` pairs.
    /// - Throws: ``LexiconError`` naming the file and line of the first bad line.
    public init(files: [(name: String, contents: [UInt8])]) throws(LexiconError) {
        // Size the table from the byte count (~20 bytes a key) so it rarely grows.
        let bytes = files.reduce(0) { $0 + (Self.hasGazetteerHeader($1.contents) ? $1.contents.count : 0) }
        table = PhraseTable(expectedCount: bytes / 16 + 16)
        entries.reserveCapacity(bytes / 25)
        for (name, bytes) in files { try parse(name: name, bytes: bytes) }
    }

    /// Parses one lexicon file given as a string (handy in tests).
    public init(parsing text: String, name: String = "<string>") throws(LexiconError) {
        try self.init(files: [(name, Array(text.utf8))])
    }

    /// Whether the file's first non-comment line is the gazetteer header.
    static func hasGazetteerHeader(_ bytes: [UInt8]) -> Bool {
        let prefix = Array("surface\ttype".utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x23 || bytes[i] == 0x0A {  // comment or blank: next line
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                i += 1; continue
            }
            return bytes[i...].starts(with: prefix)
        }
        return false
    }

    /// Reads only the start of a file to tell gazetteers from other TSV files (lemma lists).
    static func fileHasGazetteerHeader(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return true }  // let read() report it
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 16384)) ?? Data()
        return hasGazetteerHeader([UInt8](head))
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
        let m = table[s].anyCase | (capitalized ? table[s].capitalized : 0)
        return LexiconKind.allCases.filter { m & $0.bit != 0 }
    }

    /// The preferred entity entry at a slot: products, then organizations, then places, then
    /// low-priority organizations (football clubs named after their town), people, misc.
    func bestEntity(slot: Int, capitalized: Bool) -> (kind: LexiconKind, source: String)? {
        var e = table[slot].firstEntry
        var best: (score: Int, entry: Int)? = nil
        while e >= 0 {
            let i = Int(e)
            let x = entries[i]
            e = x.next
            guard capitalized || !x.capitalizedOnly, let kind = LexiconKind(rawValue: x.kind), kind.label != nil else { continue }
            let score: Int
            switch kind {
            case .product: score = 5
            case .organization: score = x.lowPriority ? 2 : 4
            case .location: score = 3
            case .person: score = 1
            default: score = 0
            }
            if best == nil || score > best!.score { best = (score, i) }
        }
        guard let b = best else { return nil }
        let x = entries[b.entry]
        return (LexiconKind(rawValue: x.kind)!, Int(x.source) < sourceNames.count ? sourceNames[Int(x.source)] : "")
    }
}
