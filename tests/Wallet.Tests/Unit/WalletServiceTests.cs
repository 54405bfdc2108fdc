using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Unit;

/// <summary>The client side of reliability: a store that does not answer is retried with the same id, and an outcome
/// still unknown is reported as such, never as a failure.</summary>
public sealed class WalletServiceTests
{
    private static readonly AccountId Alice = AccountId.Person("alice");
    private static readonly AccountId Lea = AccountId.Person("lea");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(FlakyLedgerStore Store, WalletService Service)> ServiceAsync()
    {
        var time = new ManualTimeProvider();
        var store = new FlakyLedgerStore(new InMemoryLedgerStore(WalletPolicy.Default, time));
        await store.OpenAccountAsync(new Account(Alice, IdentityTier.Verified), Ct);
        await store.SetTierAsync(Alice, IdentityTier.Verified, Ct);
        await store.OpenAccountAsync(new Account(Lea), Ct);
        (await store.ExecuteAsync(new Funding("fund", Alice, Eur("100.00")), Ct)).ShouldComplete();
        return (store, new WalletService(store, WalletPolicy.Default, time));
    }

    [Fact]
    public async Task A_store_that_never_answers_gives_an_unknown_outcome_after_the_set_number_of_attempts()
    {
        var (store, service) = await ServiceAsync();
        store.FailNext(10);
        var calls = store.Calls;

        var result = await service.ExecuteAsync(new Transfer("send-1", Alice, Lea, Eur("10.00")), Ct);

        Assert.Equal(MovementStatus.Unknown, result.Status);
        Assert.Equal(new TransferId("send-1"), result.Id);
        Assert.Null(result.Rejection);
        Assert.Equal(WalletPolicy.Default.StoreAttempts, store.Calls - calls);
    }

    [Fact]
    public async Task A_lost_answer_is_settled_by_the_retry_with_the_same_id_and_money_moves_once()
    {
        var (store, service) = await ServiceAsync();
        store.FailAfterCommit = true;
        store.FailNext(1);

        var result = await service.ExecuteAsync(new Transfer("send-1", Alice, Lea, Eur("10.00")), Ct);

        Assert.Equal(MovementStatus.Completed, result.Status);
        Assert.True(result.Replayed);
        var balances = await store.GetBalancesAsync(Lea, Ct);
        Assert.Equal(10_00, Assert.Single(balances).Posted);
    }

    [Fact]
    public void Pending_transfers_are_returned_under_an_id_derived_from_theirs() =>
        Assert.Equal(new TransferId("return:telegram:1:send"), WalletService.ReturnId("telegram:1:send"));
}
