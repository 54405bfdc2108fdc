using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    [Fact]
    public async Task Opening_an_existing_account_leaves_it_as_it_is_and_gives_it_back()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");

        var again = await ledger.Store.OpenAccountAsync(new Account(alice, IdentityTier.Unverified), Ct);

        Assert.Equal(new Account(alice, IdentityTier.Verified), again);
        Assert.Equal(again, await ledger.Store.FindAccountAsync(alice, Ct));
    }

    [Fact]
    public async Task A_charity_and_a_merchant_are_verified_and_a_person_has_no_fee()
    {
        var ledger = await LedgerAsync();

        var charity = await ledger.Store.OpenAccountAsync(new Account(AccountId.Charity("restos"), IdentityTier.Unverified), Ct);
        var merchant = await ledger.Store.OpenAccountAsync(Account.Merchant("shop", 200), Ct);
        var person = await ledger.Store.OpenAccountAsync(new Account(AccountId.Person("bob"), IdentityTier.Unverified, 100), Ct);

        Assert.Equal(IdentityTier.Verified, charity.Tier);
        Assert.Equal(0, charity.FeeBasisPoints);
        Assert.Equal(new Account(AccountId.Merchant("shop"), IdentityTier.Verified, 200), merchant);
        Assert.Equal(0, person.FeeBasisPoints);
    }

    [Fact]
    public async Task Opening_a_system_account_or_a_merchant_outside_the_fee_plans_is_refused()
    {
        var ledger = await LedgerAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => ledger.Store.OpenAccountAsync(new Account(AccountId.Fees), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => ledger.Store.OpenAccountAsync(Account.Merchant("greedy", 300), Ct));
        Assert.Null(await ledger.Store.FindAccountAsync(AccountId.Merchant("greedy"), Ct));
    }

    [Fact]
    public async Task An_unknown_account_is_not_found_and_has_no_balances_or_history()
    {
        var ledger = await LedgerAsync();
        var nobody = AccountId.Person("nobody");

        Assert.Null(await ledger.Store.FindAccountAsync(nobody, Ct));
        Assert.Empty(await ledger.Store.GetBalancesAsync(nobody, Ct));
        Assert.Empty(await ledger.Store.GetHistoryAsync(nobody, 0, 10, Ct));
    }

    [Fact]
    public async Task Setting_a_tier_verifies_a_person_and_gives_null_for_an_unknown_account_or_a_non_person()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");
        var shop = await ledger.MerchantAsync("shop");

        var verified = await ledger.Store.SetTierAsync(bob, IdentityTier.Verified, Ct);

        Assert.Equal(IdentityTier.Verified, verified?.Tier);
        Assert.Equal(IdentityTier.Verified, (await ledger.Store.FindAccountAsync(bob, Ct))?.Tier);
        Assert.Null(await ledger.Store.SetTierAsync(AccountId.Person("nobody"), IdentityTier.Verified, Ct));
        Assert.Null(await ledger.Store.SetTierAsync(shop, IdentityTier.Unverified, Ct));
    }

    [Fact]
    public async Task Setting_a_fee_plan_changes_the_fee_of_later_payments_only()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop", 100);
        await ledger.FundAsync(alice, "200.00");
        var before = (await ledger.SendAsync(alice, shop, "100.00")).ShouldComplete();

        var changed = await ledger.Store.SetFeePlanAsync(shop, 200, Ct);
        var after = (await ledger.SendAsync(alice, shop, "100.00")).ShouldComplete();

        Assert.Equal(200, changed?.FeeBasisPoints);
        Assert.Equal(Eur("1.00"), before.Fee);
        Assert.Equal(Eur("2.00"), after.Fee);
        Assert.Equal(Eur("197.00"), await ledger.PostedAsync(shop));
    }

    [Fact]
    public async Task A_fee_plan_outside_the_settings_is_refused_and_an_unknown_merchant_gives_null()
    {
        var ledger = await LedgerAsync();
        var shop = await ledger.MerchantAsync("shop", 100);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ledger.Store.SetFeePlanAsync(shop, 150, Ct));
        Assert.Null(await ledger.Store.SetFeePlanAsync(AccountId.Merchant("nobody"), 200, Ct));
        Assert.Equal(100, (await ledger.Store.FindAccountAsync(shop, Ct))?.FeeBasisPoints);
    }
}
