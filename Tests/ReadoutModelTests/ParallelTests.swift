import ReadoutModel
import Testing

@Suite struct ParallelTests {
    @Test func resultsComeInJobOrderWhateverTheCost() {
        let costs = [5, 90, 0, 90, 1, 40, 7]
        #expect(Parallel.map(costs.count, cost: { costs[$0] }) { $0 * $0 } == costs.indices.map { $0 * $0 })
    }

    @Test func optionalResultsKeepTheirNils() {
        #expect(Parallel.map(4, cost: { $0 }) { $0 % 2 == 0 ? $0 : nil } == [0, nil, 2, nil])
    }

    @Test func noJobsGiveNoResults() {
        #expect(Parallel.map(0, cost: { $0 }) { $0 }.isEmpty)
    }
}
