import ReadoutModel
import Testing

struct RunProgressTests {
    @Test func countsAcrossThreadsAndFollowsSteps() {
        let progress = RunProgress()
        #expect(progress.currentStep == .reading)
        _ = Parallel.map(64) { _ in progress.add(records: 1000) }
        #expect(progress.recordsRead == 64_000)
        progress.enter(.writing)
        #expect(progress.currentStep == .writing)
    }
}
