/// The ``Token/normalized`` forms of a token array, computed once and kept as UTF-8 bytes one
/// after the other: for callers that read every form more than once (counting words, then
/// recognizing entities) without building a String per token.
///
/// ```swift
/// let tokens = try Tokenizer().tokens(in: "L’annuncio dell’Azienda")
/// let forms = NormalizedForms(of: tokens)
/// forms[0]   // "l'"
/// forms[3]   // "azienda"
/// ```
public struct NormalizedForms: Sendable, Equatable {
    /// The forms' bytes, form after form.
    public private(set) var bytes: [UInt8] = []
    /// Form `i` is `bytes[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    public private(set) var ends: [Int] = []

    /// The forms of `tokens`, in order.
    public init(of tokens: [Token]) {
        // Written straight into arrays as long as the tokens (forms are rarely longer than
        // their text); past that, appended.
        var capacity = 16
        for t in tokens { capacity &+= t.utf8Range.count }
        var used = 0, filled = 0
        ends = [Int](unsafeUninitializedCapacity: tokens.count) { e, endCount in
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, byteCount in
                Token.forEachNormalizedForm(of: tokens) { i, form in
                    guard filled == i, used + form.count <= out.count else { return }
                    if form.count > 0 { (out.baseAddress! + used).initialize(from: form.baseAddress!, count: form.count) }
                    used += form.count
                    e[i] = used
                    filled += 1
                }
                byteCount = used
            }
            endCount = filled
        }
        guard filled < tokens.count else { return }
        Token.forEachNormalizedForm(of: tokens) { i, form in
            guard i >= filled else { return }
            bytes.append(contentsOf: form)
            ends.append(bytes.count)
        }
    }

    /// The number of forms (the number of tokens).
    public var count: Int { ends.count }

    /// The byte range of form `i` in ``bytes``.
    @inlinable public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Form `i` as a String.
    public subscript(_ i: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(i)]), as: UTF8.self) }
    }

    /// Calls `body` with each form's index and UTF-8 bytes, in order.
    @inlinable public func forEach(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { b in
            var start = 0
            for i in ends.indices {
                let end = ends[i]
                try body(i, UnsafeBufferPointer(rebasing: b[start..<end]))
                start = end
            }
        }
    }
}
