import Foundation

/// Lowercase, user-facing wording for file system errors.
enum FileSystemMessage {
    static func reading(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch code {
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return "cannot read the file"
        }
    }
}
