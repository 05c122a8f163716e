import Temporal

/// The date resolver: any expression, against anchors around year and month ends, resolves or says why not.
let anchors = ["2024-02-29", "2023-12-31", "2025-01-01", "2024-04-02"].compactMap { CalendarDate(iso: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let selector = bytes.first else { return 0 }
    let expression = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let anchor = anchors[Int(selector) % anchors.count]
    let tense: Tense = selector & 0x80 == 0 ? .past : .future
    let resolution = TemporalResolver.resolve(expression, anchor: DateSpan(from: anchor, to: anchor.adding(days: Int(selector % 5))), tense: tense)
    // A resolved span is never reversed.
    if let span = resolution.span, span.to < span.from { fatalError("reversed span for \(expression)") }
    return 0
}
