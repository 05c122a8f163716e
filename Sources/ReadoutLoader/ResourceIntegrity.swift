import Crypto
import Foundation
import ReadoutModel

/// A resource's `bytes` and `hash`, checked against its files (all the parts, in order, as read).
enum ResourceIntegrity {
    /// The algorithms `hash` may name (`algorithm:hex`; bare hex is MD5, as Data Resource says).
    static let algorithms = ["md5", "sha1", "sha256", "sha384", "sha512"]

    static func issues(_ bytes: [UInt8], resource: DataPackage.Resource, file: String,
                       descriptor: String) throws(InputError) -> [TableIssue] {
        var issues: [TableIssue] = []
        let place = SourceLocation(file: file, line: 1, column: 1)
        if let declared = resource.bytes, declared != bytes.count {
            issues.append(TableIssue(.resourceBytes, at: place, text: String(bytes.count), field: String(declared)))
        }
        if let declared = resource.hash {
            let parts = declared.split(separator: ":", maxSplits: 1).map(String.init)
            let algorithm = parts.count == 2 ? parts[0].lowercased() : "md5"
            let expected = (parts.last ?? "").lowercased()
            guard let found = digest(bytes, algorithm) else {
                throw InputError(file: descriptor, message: "resource '\(resource.name)': hash algorithm '\(algorithm)' is not one readout checks (\(algorithms.joined(separator: ", ")))")
            }
            if found != expected {
                issues.append(TableIssue(.resourceHash, at: place, text: algorithm + ":" + found, field: declared))
            }
        }
        return issues
    }

    private static func digest(_ bytes: [UInt8], _ algorithm: String) -> String? {
        let hex: (any Sequence<UInt8>) -> String = { $0.map { String(format: "%02x", $0) }.joined() }
        switch algorithm {
        case "md5": return hex(Insecure.MD5.hash(data: bytes))
        case "sha1": return hex(Insecure.SHA1.hash(data: bytes))
        case "sha256": return hex(SHA256.hash(data: bytes))
        case "sha384": return hex(SHA384.hash(data: bytes))
        case "sha512": return hex(SHA512.hash(data: bytes))
        default: return nil
        }
    }
}
