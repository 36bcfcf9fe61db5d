import Foundation
import Tokenizer

/// The documents of a corpus run, produced one at a time so a run over thousands of files
/// (or a JSONL stream of any length) never holds more than a few documents in memory.
///
/// Each item is a document or the failure that replaced it (missing file, invalid UTF-8,
/// malformed JSONL line), in input order.
struct DocumentSource: IteratorProtocol {
    enum Item {
        case document(Document)
        case failure(InputError)
    }

    let reader: DocumentReader
    private var pending: [Item] = []
    private var files: [String]
    private var nextFile = 0
    private var lines: LineReader?
    private var linesPath = ""
    /// Files larger than this are read in pieces cut after a line break (nil: whole files).
    let chunkBytes: Int?
    private var chunks: ChunkReader?
    /// Bytes of all the files found (for the progress bar's ETA; stdin counts as unknown).
    let totalBytes: Int?

    init(options: InputOptions, chunkBytes: Int? = nil) {
        reader = DocumentReader(options: options)
        self.chunkBytes = chunkBytes
        let (files, failures) = reader.expandPaths()
        self.files = files
        pending = failures.map { .failure($0) }.reversed()
        var total = 0
        var known = true
        for f in files {
            if f == "-" { known = false; continue }
            total += ((try? FileManager.default.attributesOfItem(atPath: f)[.size]) as? Int) ?? 0
        }
        totalBytes = known ? total : nil
    }

    mutating func next() -> Item? {
        if let item = pending.popLast() { return item }
        while true {
            if var l = lines {
                let got = l.next()
                lines = l
                if let (number, bytes) = got {
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }  // blank lines are skipped
                    return JSONLInput.parse(bytes, path: linesPath, line: number, reader: reader)
                }
                if let error = l.error { lines = nil; return .failure(.unreadable(path: linesPath, reason: error)) }
                lines = nil
            }
            if var c = chunks {
                let item = c.next(reader: reader)
                chunks = c
                if let item { return item }
                chunks = nil
            }
            guard nextFile < files.count else { return nil }
            let path = files[nextFile]
            nextFile += 1
            if reader.options.jsonl {
                guard let l = LineReader(path: path) else {
                    return .failure(.unreadable(path: path, reason: String(cString: strerror(errno))))
                }
                lines = l
                linesPath = path
                continue
            }
            if let chunkBytes, path != "-", let c = ChunkReader(path: path, chunkBytes: chunkBytes) {
                chunks = c
                continue
            }
            do { return .document(try reader.read(path)) } catch { return .failure(error) }
        }
    }
}

/// Reads a file or standard input line by line through a fixed buffer: memory stays bounded
/// by the longest line, whatever the size of the input.
struct LineReader {
    private let fd: Int32
    private let owned: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes from `start` up to here hold no line break (so a long line is scanned once).
    private var scanned = 0
    private var eof = false
    private var number = 0
    private(set) var error: String?

    init?(path: String) {
        if path == "-" { fd = 0; owned = false } else {
            fd = open(path, O_RDONLY)
            owned = true
            if fd < 0 { return nil }
        }
    }

    /// The next line (1-based number, bytes without the line break unless `raw`), or nil at the end.
    mutating func next(raw: Bool = false) -> (Int, ArraySlice<UInt8>)? {
        while true {
            if let nl = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<nl]
                start = nl + 1
                scanned = start
                number += 1
                if raw { return (number, buffer[line.startIndex...nl]) }
                return (number, line.last == 0x0D ? line.dropLast() : line)
            }
            if eof {
                guard start < buffer.count else { close(); return nil }
                let line = buffer[start...]
                start = buffer.count
                number += 1
                return (number, line)
            }
            scanned = buffer.count
            if start > 0 { buffer.removeFirst(start); scanned -= start; start = 0 }
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                error = String(cString: strerror(errno)); eof = true; continue
            }
            if n == 0 { eof = true; continue }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    private func close() { if owned { _ = Foundation.close(fd) } }
}

/// Parses one `--jsonl` input line: `{"id": …, "text": …}`.
enum JSONLInput {
    static func parse(_ bytes: ArraySlice<UInt8>, path: String, line: Int, reader: DocumentReader) -> DocumentSource.Item {
        func bad(_ reason: String) -> DocumentSource.Item { .failure(.malformed(path: path, line: line, reason: reason)) }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) } catch {
            return bad("malformed JSON line (expected {\"id\": …, \"text\": …})")
        }
        guard let dict = object as? [String: Any] else { return bad("a JSON object is expected") }
        guard let text = dict["text"] as? String else { return bad("the object has no string \"text\" field") }
        let jsonID: String
        let id: String
        switch dict["id"] {
        case let s as String: id = s; jsonID = Escape.json(s)
        case let n as NSNumber: id = n.stringValue; jsonID = n.stringValue
        case nil, is NSNull: id = "\(path):\(line)"; jsonID = "null"
        default: return bad("\"id\" must be a string or a number")
        }
        return .document(Document(id: id, text: text, jsonID: jsonID))
    }
}

/// Reads a large UTF-8 file in pieces of about `chunkBytes`, each cut after a line break, so
/// streaming commands keep memory bounded whatever the file size. Offsets of each piece are
/// kept so output offsets stay relative to the whole file. Only files larger than one piece
/// and without a UTF-16 byte-order mark are read this way.
struct ChunkReader {
    private var lines: LineReader
    private let path: String
    private let chunkBytes: Int
    private var index = 0
    private var utf8Base = 0
    private var scalarBase = 0
    private var lineBase = 0
    private var failed = false

    init?(path: String, chunkBytes: Int) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int, size > chunkBytes,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let head = (try? handle.read(upToCount: 2)) ?? Data()
        try? handle.close()
        if head.count == 2 && ((head[head.startIndex] == 0xFF && head[head.startIndex + 1] == 0xFE)
                                || (head[head.startIndex] == 0xFE && head[head.startIndex + 1] == 0xFF)) { return nil }
        guard let lines = LineReader(path: path) else { return nil }
        self.lines = lines
        self.path = path
        self.chunkBytes = chunkBytes
    }

    mutating func next(reader: DocumentReader) -> DocumentSource.Item? {
        guard !failed else { return nil }
        var bytes: [UInt8] = []
        var ended = false
        var count = 0
        while bytes.count < chunkBytes {
            guard let (_, line) = lines.next(raw: true) else { ended = true; break }
            bytes += line
            count += 1
        }
        if let error = lines.error { failed = true; return .failure(.unreadable(path: path, reason: error)) }
        if bytes.isEmpty && ended { return nil }
        do {
            let text = try reader.decode(bytes, path: path)
            let doc = Document(id: path, text: text, chunk: index, utf8Base: utf8Base, scalarBase: scalarBase, lineBase: lineBase)
            index += 1
            lineBase += count
            utf8Base += bytes.count
            scalarBase += text.unicodeScalars.count
            return .document(doc)
        } catch {
            failed = true
            if case .invalidUTF8(_, let o) = error { return .failure(.invalidUTF8(path: path, byteOffset: utf8Base + o)) }
            if case .binary(_, let o) = error { return .failure(.binary(path: path, byteOffset: utf8Base + o)) }
            return .failure(error)
        }
    }
}
