import Testing
import Temporal

struct TemporalResolutionTests {
    @Test func resolvedAccessors() {
        let value = TemporalValue(span: span("2024-03-01..2024-03-31"), granularity: .month)
        let resolution = TemporalResolution.resolved(value)
        #expect(resolution.isResolved)
        #expect(resolution.temporalValue == value)
        #expect(resolution.span == span("2024-03-01..2024-03-31"))
        #expect(resolution.granularity == .month)
        #expect(resolution.timex == "2024-03")
        #expect(resolution.reason == nil)
        #expect(resolution.description == "2024-03-01..2024-03-31 (month)")
    }

    @Test func unresolvedAccessors() {
        let resolution = TemporalResolution.unresolved(reason: "no rule for \"whenever\"")
        #expect(!resolution.isResolved)
        #expect(resolution.temporalValue == nil && resolution.span == nil && resolution.granularity == nil)
        #expect(resolution.reason == "no rule for \"whenever\"")
        #expect(resolution.description == "unresolved: no rule for \"whenever\"")
    }
}
