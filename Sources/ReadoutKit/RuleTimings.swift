/// The text of `readout validate --benchmark`: each step's time, slowest first.
public enum RuleTimings {
    public static func text(_ validation: Validation) -> String {
        validation.timings.sorted { $0.duration > $1.duration }.map { step, duration in
            let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            return String(Int(milliseconds.rounded())).leftPadded(to: 8) + " ms  " + step + "\n"
        }.joined()
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
