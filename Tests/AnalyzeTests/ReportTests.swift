import Foundation
import Testing

/// `analyze report`: the HTML page is well-formed, inert whatever the input holds, and shows
/// every entity the JSON report lists; outputs keep input order whatever `--jobs` is.
@Suite struct ReportTests {
    static let hostile = """
        Titolo: <script>alert('x')</script> Mario Draghi a Roma
        Mario Draghi ha parlato ieri a Roma davanti al Parlamento europeo e alla Banca d'Italia.
        «Serve coraggio», ha detto Draghi. "><img src=x onerror=alert(1)> & </p></div><!-- 
        Condividi su Facebook
        Il ministro Giancarlo Giorgetti ha risposto da Milano: «Non è il momento <b>di</b> cambiare».
        """

    /// The tags of an HTML page, checked for balance; returns the problems found.
    static func unbalanced(_ html: String) -> [String] {
        let void: Set<String> = ["meta", "br", "img", "hr", "input", "link", "wbr"]
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { problems.append("unterminated tag"); break }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("!") { continue }  // <!DOCTYPE html>
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
            if name.isEmpty { problems.append("bad tag <\(tag)>"); continue }
            if closing {
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
            } else if !void.contains(name) && !tag.hasSuffix("/") {
                stack.append(name)
            }
        }
        return problems + stack.map { "<\($0)> never closed" }
    }

    @Test func hostileTextIsEscapedAndPageIsBalanced() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(Array(Self.hostile.utf8), "hostile.txt", in: dir)
        let r = try CLI.run(["report", "--format", "html", path, "seeds/000_7ee37ed4f19f2e71.txt"])
        #expect(r.status == 0)
        let html = r.text
        #expect(Self.unbalanced(html) == [])
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>di</b>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))  // nothing loaded from the network
    }

    @Test func everyEntityOfTheJSONReportIsHighlighted() throws {
        let dir = try CLI.tempDirectory()
        let path = try CLI.write(Array(Self.hostile.utf8), "hostile.txt", in: dir)
        for input in [path, "seeds/001_d2dc13bde3afe9c4.txt"] {
            let json = try CLI.run(["report", "--format", "json", input])
            let html = try CLI.run(["report", "--format", "html", input]).text
            let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
            let mentions = try #require(object["mentions"] as? [[String: Any]])
            #expect(!mentions.isEmpty)
            for m in mentions {
                let start = try #require(m["start"] as? Int)
                #expect(html.contains("data-start=\"\(start)\""), "entity \(m["text"] ?? "") at \(start) not highlighted")
            }
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            for q in quotes { if let s = q["speaker"] as? String { #expect(html.contains("— " + s)) } }
        }
    }

    @Test func directoryReportHasAnIndexLinkingEveryDocument() throws {
        let html = try CLI.run(["report", "--format", "html", "seeds"]).text
        #expect(html.components(separatedBy: "<section class=\"doc\"").count - 1 == 5)
        for n in 1...5 {
            #expect(html.contains("href=\"#doc-\(n)\""))
            #expect(html.contains("id=\"doc-\(n)\""))
        }
        #expect(html.contains("Top entities in the corpus"))
        #expect(html.contains("<svg"))
    }

    @Test func jsonReportHasTheDocumentedFields() throws {
        let r = try CLI.run(["report", "seeds"])
        let lines = r.text.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["id", "metadata", "lines", "boilerplate", "sentences", "tokens", "types", "topWords", "entities", "mentions", "quotes"] {
                #expect(o[key] != nil, "missing \(key)")
            }
        }
    }

    @Test(arguments: ["tokens", "clean", "entities", "quotes", "report"])
    func outputOrderDoesNotDependOnJobs(command: String) throws {
        let one = try CLI.run([command, "--jobs", "1", "seeds", "seeds"])
        let many = try CLI.run([command, "--jobs", "4", "seeds", "seeds"])
        #expect(one.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == many.stdout)
    }

    @Test(arguments: ["tokens", "clean", "entities", "quotes", "freq", "report"])
    func jsonlKeepsIdsOneLinePerInput(command: String) throws {
        let input = (0..<20).map { "{\"id\":\($0 % 2 == 0 ? "\"doc\($0)\"" : "\($0)"),\"text\":\"Sergio Mattarella è a Roma, n. \($0).\"}" }
        let r = try CLI.run([command, "--jsonl", "--jobs", "3", "-"], stdin: Data(input.joined(separator: "\n").utf8))
        #expect(r.status == 0)
        let ids = try r.text.split(separator: "\n").map { line -> String in
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(o["id"] ?? "nil")"
        }
        #expect(ids == (0..<20).map { $0 % 2 == 0 ? "doc\($0)" : "\($0)" })
    }
}
