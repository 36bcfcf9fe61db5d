import ArgumentParser

/// The exit codes `analyze` uses, documented in `--help` and the README (sysexits.h values).
enum Exit {
    /// Everything went well.
    static let ok: Int32 = 0
    /// Some other runtime failure.
    static let failure: Int32 = 1
    /// Bad command line (unknown option, bad value).
    static let usage: Int32 = 64
    /// An input is not text we accept: invalid UTF-8, binary (NUL bytes), malformed lines.
    static let dataError: Int32 = 65
    /// An input is missing or unreadable, or a directory holds no matching files.
    static let noInput: Int32 = 66
    /// Output could not be written.
    static let ioError: Int32 = 74
    /// Interrupted (SIGINT).
    static let interrupted: Int32 = 130

    /// The text shown in `--help`.
    static let helpText = """
        Exit codes: 0 success; 1 other failure; 64 usage error; 65 invalid input data (invalid \
        UTF-8 with its byte offset, binary/NUL bytes, malformed lines); 66 missing or unreadable \
        input, or a directory without matching files; 74 output not writable; 130 interrupted. \
        In a corpus run a bad input is reported on stderr and skipped, and the exit code is that \
        of the first failure.
        """
}
