namespace Conversational.Wallet.Tests.Contract;

/// <summary>The store contract on <see cref="InMemoryLedgerStore"/>.</summary>
public sealed class InMemoryLedgerContractTests : LedgerContractTests
{
    protected override Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time) =>
        Task.FromResult<ILedgerStore>(new InMemoryLedgerStore(policy, time));
}
