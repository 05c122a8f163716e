import Foundation
@testable import ReadoutKit
import Synchronization
import Testing

struct ProgressLineTests {
    @Test func textPerStep() {
        #expect(ProgressLine.text(.reading, records: 1_234_567, elapsed: .seconds(2))
            == "readout: reading: 1,234,567 records, 617,283 records/s")
        #expect(ProgressLine.text(.checking, records: 999, elapsed: .seconds(3)) == "readout: checking 999 records")
        #expect(ProgressLine.text(.writing, records: 5, elapsed: .seconds(4)) == "readout: writing the export")
        #expect(ProgressLine.grouped(1000) == "1,000")
        #expect(ProgressLine.grouped(12) == "12")
        #expect(ProgressLine.grouped(-1_000_000) == "-1,000,000")
    }

    @Test func silentWhenNotATerminal() {
        let written = Mutex<[String]>([])
        let line = ProgressLine(enabled: false) { text in written.withLock { $0.append(text) } }
        line.progress.add(records: 10)
        line.finish()
        #expect(written.withLock { $0.isEmpty })
        #expect(line.progress.recordsRead == 10)
    }

    @Test func drawsAfterASecondAndErasesAtTheEnd() throws {
        let written = Mutex<[String]>([])
        let line = ProgressLine(enabled: true) { text in written.withLock { $0.append(text) } }
        line.progress.add(records: 4096)
        Thread.sleep(forTimeInterval: 1.4)
        line.finish()
        line.finish()  // a second call (an error path after the first) must not wait forever
        let lines = written.withLock { $0 }
        #expect(lines.first?.hasPrefix("\r\u{1B}[Kreadout: reading: 4,096 records") == true)
        #expect(lines.last == "\r\u{1B}[K")
    }
}
