import FuzzSupport
import ReadoutLoader
import ReadoutModel

/// CSV under each dialect option: the first byte chooses one of the dialects below (each read from a
/// descriptor, as a user's would be), the rest is the table. Any bytes must give a table or an input error.
let dialects = [
    #"{"delimiter": ";"}"#, #"{"delimiter": "||"}"#, #"{"delimiter": "→"}"#, #"{"quoteChar": "'"}"#,
    #"{"doubleQuote": false, "escapeChar": "\\"}"#, #"{"skipInitialSpace": true}"#, #"{"lineTerminator": "|"}"#,
    ##"{"commentChar": "#"}"##, #"{"header": false}"#, #"{"headerRows": [1, 2], "headerJoin": "_"}"#,
    #"{"commentRows": [2]}"#, #"{"nullSequence": "NA"}"#, #"{"caseSensitiveHeader": true}"#,
    #"{"delimiter": "\t", "quoteChar": "|", "escapeChar": "~", "doubleQuote": false, "skipInitialSpace": true}"#,
]

let resources: [DataPackage.Resource] = dialects.enumerated().map { index, dialect in
    let path = Scratch.write(Array("""
        {"resources": [{"name": "t", "path": "t.csv", "dialect": \(dialect), "schema": {"fields": [
          {"name": "id", "type": "string"}, {"name": "count", "type": "integer"},
          {"name": "day", "type": "date"}, {"name": "note", "type": "string"}]}}]}
        """.utf8), to: "dialect\(index)/datapackage.json")
    do throws(InputError) {
        guard let resource = try DescriptorLoader.load(path: path).resources.first else { fatalError("no resource in \(dialect)") }
        return resource
    } catch {
        fatalError("fuzz-dialects: the dialect \(dialect) does not load: \(error.message)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Scratch.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    _ = try? TableText.table(Array(bytes.dropFirst()), file: "t.csv", resource: resources[Int(selector) % resources.count])
    return 0
}
