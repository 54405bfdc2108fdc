namespace Conversational.Wallet.Tests.Model;

/// <summary>The model-based randomized test on <see cref="InMemoryLedgerStore"/>.</summary>
public sealed class InMemoryLedgerModelTests : LedgerModelTests
{
    protected override int Operations => 10_000;

    protected override Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time) =>
        Task.FromResult<ILedgerStore>(new InMemoryLedgerStore(policy, time));
}
