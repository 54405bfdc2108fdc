namespace Conversational.Wallet;

/// <summary>What <see cref="LedgerAudit"/> found: the snapshot it read, and each broken invariant in words (none when all hold).</summary>
public sealed record LedgerAuditResult(LedgerSnapshot Snapshot, IReadOnlyList<string> Problems)
{
    public bool Holds => Problems.Count == 0;
}
