import Foundation
import ReadoutModel

/// Lists the data files of a folder, deterministically, refusing links that leave it.
enum DataFolder {
    static func files(in folder: String, extensions: Set<String>) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw InputError(file: folder, message: "no such folder")
        }
        guard isDirectory.boolValue else { throw InputError(file: folder, message: "not a folder") }
        // A folder given as a symbolic link is listed through its target: Foundation's enumerator does
        // not descend into a link, and would list no files at all.
        let listed = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: listed) else {
            throw InputError(file: folder, message: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            files.append(try SafePath.resolve(relative, in: folder, file: folder))
        }
        return files.sorted()
    }
}
