import Foundation

/// A compiled copy of the phrase table and entries, keyed by the lexicon files' names, sizes
/// and modification times, so later runs skip reading and parsing the TSV files. Stored in
/// `$ANALYZE_CACHE_DIR`, else `$XDG_CACHE_HOME/analyze`, else `~/.cache/analyze`; any failure
/// (unwritable, stale, corrupt) just means parsing the files again.
extension Lexicons {
    static let cacheVersion: UInt64 = 4
    static let cacheMagic: UInt64 = 0x4E45_5243_4143_4845

    static func cacheDirectory(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let d = env["ANALYZE_CACHE_DIR"], !d.isEmpty { return d }
        if let d = env["XDG_CACHE_HOME"], !d.isEmpty { return d + "/analyze" }
        if let h = env["HOME"], !h.isEmpty { return h + "/.cache/analyze" }
        return nil
    }

    /// A hash of the files' absolute paths, sizes and modification times (and the layout version).
    static func signature(_ paths: [String]) -> UInt64 {
        var h = PhraseHash.extend(0, cacheVersion &+ UInt64(MemoryLayout<PhraseTable.Slot>.stride) << 8 &+ UInt64(MemoryLayout<Entry>.stride) << 16)
        for p in paths {
            var st = stat()
            guard stat(p, &st) == 0 else { return 0 }
            let full = URL(fileURLWithPath: p).standardizedFileURL.path
            h = PhraseHash.extend(h, PhraseHash.token(full))
            h = PhraseHash.extend(h, UInt64(st.st_size))
            h = PhraseHash.extend(h, UInt64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(st.st_mtim.tv_nsec))
        }
        return h
    }

    /// The cache file for `paths`: named by the paths alone, so that a changed lexicon
    /// replaces its stale copy instead of adding a file (the sizes and times are checked
    /// inside); nil when a file cannot be read.
    static func cachePath(_ paths: [String], directory: String) -> String? {
        guard signature(paths) != 0 else { return nil }
        var h = PhraseHash.extend(0, cacheVersion)
        for p in paths { h = PhraseHash.extend(h, PhraseHash.token(URL(fileURLWithPath: p).standardizedFileURL.path)) }
        return directory + "/lexicons-" + String(h, radix: 16) + ".bin"
    }

    /// Loads the compiled table for `paths` from the cache, or nil.
    static func cached(_ paths: [String], directory: String) -> Lexicons? {
        guard let path = cachePath(paths, directory: directory),
              let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped), data.count >= 48 else { return nil }
        return data.withUnsafeBytes { raw -> Lexicons? in
            func u64(_ o: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: o, as: UInt64.self) }
            let slotCount = Int(u64(8)), used = Int(u64(16)), entryCount = Int(u64(24)), namesLength = Int(u64(32))
            let slotBytes = slotCount * MemoryLayout<PhraseTable.Slot>.stride
            let entryBytes = entryCount * MemoryLayout<Entry>.stride
            guard u64(0) == cacheMagic, u64(40) == signature(paths), raw.count == 48 + slotBytes + entryBytes + namesLength else { return nil }
            let slots = [PhraseTable.Slot](unsafeUninitializedCapacity: slotCount) { buf, n in
                UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[48..<48 + slotBytes]))
                n = slotCount
            }
            let entries = [Entry](unsafeUninitializedCapacity: entryCount) { buf, n in
                UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[48 + slotBytes..<48 + slotBytes + entryBytes]))
                n = entryCount
            }
            let names = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(48 + slotBytes + entryBytes)...]), as: UTF8.self)
            guard let table = PhraseTable(slots: slots, count: used) else { return nil }
            var l = Lexicons()
            l.table = table
            l.entries = entries
            l.sourceNames = names.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            l.fileNames = paths
            return l
        }
    }

    /// Saves the compiled table; errors are ignored (the cache is only an optimization).
    func saveCache(_ paths: [String], directory: String) {
        guard let path = Self.cachePath(paths, directory: directory) else { return }
        let compact = table.compacted()
        let names = Array(sourceNames.joined(separator: "\n").utf8)
        var data = Data()
        func put(_ x: UInt64) { withUnsafeBytes(of: x) { data.append(contentsOf: $0) } }
        put(Self.cacheMagic); put(UInt64(compact.slots.count)); put(UInt64(compact.count)); put(UInt64(entries.count))
        put(UInt64(names.count)); put(Self.signature(paths))
        compact.slots.withUnsafeBytes { data.append(contentsOf: $0) }
        entries.withUnsafeBytes { data.append(contentsOf: $0) }
        data.append(contentsOf: names)
        let fm = FileManager.default
        try? fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let tmp = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard fm.createFile(atPath: tmp, contents: data) else { return }
        if rename(tmp, path) != 0 { try? fm.removeItem(atPath: tmp) }
    }
}
