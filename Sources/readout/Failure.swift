import ArgumentParser
import Foundation
import ReadoutKit

/// Prints a failure to run (unreadable input, unwritable output) and exits 2.
enum Failure {
    static func exit(_ error: any Error & CustomStringConvertible) -> ExitCode {
        Console.error("readout: error: \(error.description)\n")
        return ExitCode(2)
    }
}

/// Standard output without `print`'s buffering surprises when the process exits with a code.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A progress line on standard error, drawn only when it is a terminal.
    static func progressLine() -> ProgressLine {
        ProgressLine(enabled: isatty(STDERR_FILENO) != 0) { text in Console.error(text) }
    }
}
