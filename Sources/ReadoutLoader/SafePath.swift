import Foundation
import ReadoutModel

/// Resolves a file name given in data or a descriptor inside its folder, refusing escapes.
public enum SafePath {
    /// `reference` must be relative, without `..`, and (after symlinks) stay inside `folder`.
    public static func resolve(_ reference: String, in folder: String, file: String,
                               at location: SourceLocation? = nil) throws(InputError) -> String {
        func refuse(_ why: String) -> InputError {
            let message = "'\(reference)' is refused: \(why)"
            if let location { return InputError(at: location, message) }
            return InputError(file: file, message: message)
        }
        guard !reference.isEmpty else { throw refuse("the name is empty") }
        guard !reference.hasPrefix("/") && !reference.hasPrefix("~") else { throw refuse("absolute paths are not allowed") }
        guard !reference.split(separator: "/").contains("..") else { throw refuse("'..' leaves the folder") }
        let joined = folder.isEmpty ? reference : (folder as NSString).appendingPathComponent(reference)
        let base = URL(fileURLWithPath: folder.isEmpty ? "." : folder).resolvingSymlinksInPath().standardizedFileURL.path
        let target = URL(fileURLWithPath: joined).resolvingSymlinksInPath().standardizedFileURL.path
        guard target == base || target.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw refuse("it links outside its folder")
        }
        return joined
    }

    /// The name to show for `reference` inside `folder`.
    public static func display(_ reference: String, in folder: String) -> String {
        folder.isEmpty ? reference : (folder as NSString).appendingPathComponent(reference)
    }
}
