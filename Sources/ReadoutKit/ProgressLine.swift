import Foundation
import ReadoutModel
import Synchronization

/// The line `readout validate` and `readout export` keep up to date on a terminal during runs of more
/// than a second: the step, the records read and how fast; redrawn in place, erased at the end.
public final class ProgressLine: Sendable {
    public let progress = RunProgress()
    private let stop = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    private let enabled: Bool
    private let finished = Atomic<Bool>(false)

    /// Draws through `write` only when `enabled` (standard error is a terminal): piped or logged
    /// output stays free of carriage returns.
    public init(enabled: Bool, write: @escaping @Sendable (String) -> Void) {
        self.enabled = enabled
        guard enabled else { return }
        let progress = progress, stop = stop, stopped = stopped
        Thread {
            let clock = ContinuousClock()
            let started = clock.now
            var drawn = false
            while stop.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
                let elapsed = started.duration(to: clock.now)
                guard elapsed >= .seconds(1) else { continue }
                write("\r\u{1B}[K" + ProgressLine.text(progress.currentStep, records: progress.recordsRead, elapsed: elapsed))
                drawn = true
            }
            if drawn { write("\r\u{1B}[K") }
            stopped.signal()
        }.start()
    }

    /// Stops drawing and erases the line, before the run prints its own output; later calls do nothing.
    public func finish() {
        guard enabled, !finished.exchange(true, ordering: .relaxed) else { return }
        stop.signal()
        stopped.wait()
    }

    static func text(_ step: RunProgress.Step, records: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        switch step {
        case .reading:
            let rate = seconds > 0 ? Int(Double(records) / seconds) : 0
            return "readout: reading: \(grouped(records)) records, \(grouped(rate)) records/s"
        case .checking:
            return "readout: checking \(grouped(records)) records"
        case .writing:
            return "readout: writing the export"
        }
    }

    /// 1234567 as "1,234,567", the same in every locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
            String(digits.dropFirst(max(end - 3, 0)).prefix(end - max(end - 3, 0)))
        }
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
