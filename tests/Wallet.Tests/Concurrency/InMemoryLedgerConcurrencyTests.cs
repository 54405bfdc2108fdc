namespace Conversational.Wallet.Tests.Concurrency;

/// <summary>The races on <see cref="InMemoryLedgerStore"/>.</summary>
public sealed class InMemoryLedgerConcurrencyTests : LedgerConcurrencyTests
{
    protected override Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time) =>
        Task.FromResult<ILedgerStore>(new InMemoryLedgerStore(policy, time));
}
