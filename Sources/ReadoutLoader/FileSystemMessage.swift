import Foundation

/// Lowercase, user-facing wording for file system errors (the importer's too).
package enum FileSystemMessage {
    package static func reading(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch code {
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default:
            // The system's reason (input/output error, ...) when Foundation passes it on (on Linux the
            // underlying error casts to `any Error`, not to NSError).
            guard let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error,
                  (underlying as NSError).domain == NSPOSIXErrorDomain else { return "cannot read the file" }
            return "cannot read the file: " + String(cString: strerror(Int32((underlying as NSError).code))).lowercased()
        }
    }
}
