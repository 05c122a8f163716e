/// How to get from one folder to another by relative path, on normalized absolute paths only (no I/O).
enum RelativePath {
    /// The prefix that leads from `folder` back to `base`: `../../` from `base/exports/report`.
    /// Relative paths are taken from `base`; `.` and `..` are resolved.
    static func prefix(from folder: String, base: String) -> String {
        let target = components(base)
        let start = components(folder.hasPrefix("/") ? folder : base + "/" + folder)
        let shared = zip(target, start).prefix { $0 == $1 }.count
        let up = Array(repeating: "..", count: start.count - shared)
        let down = Array(target.dropFirst(shared))
        let path = (up + down).joined(separator: "/")
        return path.isEmpty ? "" : path + "/"
    }

    static func components(_ path: String) -> [String] {
        var result: [String] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if !result.isEmpty { result.removeLast() }
            } else {
                result.append(String(part))
            }
        }
        return result
    }
}
