import Foundation
import Testing

/// The CLI's bad-input matrix (issue 7): each case its own test, run against the built binary.
@Suite struct BadInputTests {
    @Test func missingFileExits66WithPath() throws {
        let r = try CLI.run(["tokens", "no/such/file.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no/such/file.txt"))
    }

    @Test func directoryWithoutTextFilesExits66() throws {
        let dir = try CLI.tempDirectory()
        _ = try CLI.write(Array("x".utf8), "notes.md", in: dir)
        let r = try CLI.run(["tokens", dir.path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no files matching"))
    }

    @Test func emptyFileGivesEmptyOutputAndExit0() throws {
        let path = try CLI.write([UInt8](), "empty.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }

    @Test func invalidUTF8Exits65WithByteOffset() throws {
        let path = try CLI.write(Array("Ciao ".utf8) + [0xC3, 0x28] + Array(" mondo".utf8), "bad.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("byte offset 5"))
    }

    @Test func lossyReplacesInvalidUTF8() throws {
        let path = try CLI.write(Array("Ciao ".utf8) + [0xFF] + Array(" mondo".utf8), "bad.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", "--lossy", path])
        #expect(r.status == 0)
        #expect(r.text.contains("\u{FFFD}"))
        #expect(r.text.contains("mondo"))
    }

    @Test(arguments: [true, false]) func utf16WithBOMIsDecoded(littleEndian: Bool) throws {
        let units = Array("Perché no?".utf16)
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for u in units { bytes += littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let path = try CLI.write(bytes, "utf16.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", path])
        #expect(r.status == 0)
        #expect(r.text == "Perché\nno\n?\n")
    }

    @Test func nulBytesAreBinaryExit65() throws {
        let path = try CLI.write(Array("abc".utf8) + [0, 1, 2], "bin.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("byte offset 3"))
    }

    @Test(arguments: ["\r\n", "\r"]) func crlfAndLoneCRSeparateLines(newline: String) throws {
        let text = "Prima riga." + newline + "Seconda riga." + newline
        let r = try CLI.run(["tokens", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0)
        #expect(r.text == "Prima\nriga\n.\nSeconda\nriga\n.\n")
        let clean = try CLI.run(["clean", "--format", "labels", "-"], stdin: Data(text.utf8))
        #expect(clean.text.split(separator: "\n").count == 2)
    }

    @Test func malformedJSONLLineIsNamedAndRunContinues() throws {
        let input = "{\"id\":\"a\",\"text\":\"Uno.\"}\n{\"id\": oops\n{\"id\":3,\"text\":\"Tre.\"}\n"
        let r = try CLI.run(["tokens", "--jsonl", "-"], stdin: Data(input.utf8))
        #expect(r.status == 65)
        #expect(r.stderr.contains("-:2:"))
        let lines = r.text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("{\"id\":\"a\",") == true)
        #expect(lines.last?.hasPrefix("{\"id\":3,") == true)
    }

    @Test func outputIntoMissingDirectoryExits74() throws {
        let r = try CLI.run(["report", "--output", "/nonexistent-dir/report.html", "seeds/000_7ee37ed4f19f2e71.txt"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("/nonexistent-dir/report.html"))
    }

    @Test func fullDeviceExits74() throws {
        let r = try CLI.run(["report", "--format", "html", "--output", "/dev/full", "seeds"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("cannot write"))
    }

    @Test func brokenPipeExitsQuietly() throws {
        let dir = try CLI.tempDirectory()
        let big = String(repeating: "Il presidente della Repubblica ha parlato a Roma. ", count: 100_000)
        let path = try CLI.write(Array(big.utf8), "big.txt", in: dir)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["tokens", path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        _ = out.fileHandleForReading.readData(ofLength: 10)  // like `| head -1`
        try out.fileHandleForReading.close()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 0)
        #expect(err.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    @Test func sigintDuringCorpusRunExits130() throws {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["tokens", "--jsonl", "-"]
        let inp = Pipe()
        p.standardInput = inp
        p.standardOutput = FileHandle.nullDevice
        p.standardError = Pipe()
        try p.run()
        try inp.fileHandleForWriting.write(contentsOf: Data("{\"id\":1,\"text\":\"Ciao.\"}\n".utf8))
        Thread.sleep(forTimeInterval: 1.0)  // stdin stays open: the run is waiting for more lines
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 130)
    }

    @Test func helpDocumentsExitCodes() throws {
        let r = try CLI.run(["--help"])
        for code in ["64", "65", "66", "74", "130"] { #expect(r.text.contains(code)) }
    }
}
