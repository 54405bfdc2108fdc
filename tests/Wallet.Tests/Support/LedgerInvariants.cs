namespace Conversational.Wallet.Tests.Support;

/// <summary>Fails a test when any invariant of <see cref="LedgerAudit"/> is broken, listing them all.</summary>
public static class LedgerInvariants
{
    private const int ProblemsShown = 25;

    /// <summary>Checks every invariant, failing with all the broken ones; gives back the snapshot it checked.</summary>
    public static async Task<LedgerSnapshot> CheckAsync(ILedgerStore store, CancellationToken cancellationToken = default)
    {
        var audit = await LedgerAudit.CheckAsync(store, cancellationToken);
        if (!audit.Holds)
        {
            Assert.Fail($"{audit.Problems.Count} ledger invariant(s) broken:{Environment.NewLine}"
                + string.Join(Environment.NewLine, audit.Problems.Take(ProblemsShown)));
        }
        return audit.Snapshot;
    }
}
