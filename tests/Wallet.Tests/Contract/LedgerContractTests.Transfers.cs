using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    [Fact]
    public async Task Funding_tops_up_an_account_from_the_funding_account()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");

        var receipt = (await ledger.ExecuteAsync(new Funding("top-up", bob, Eur("100.00")))).ShouldComplete();

        Assert.Equal(new Receipt("top-up", MovementKind.Funding, AccountId.Funding, bob, Eur("100.00"), Eur("0.00"), ledger.Now), receipt);
        Assert.Equal(new Balance(Currency.Eur, 100_00, 0, 0), await ledger.BalanceAsync(bob));
        Assert.Equal(Eur("-100.00"), await ledger.PostedAsync(AccountId.Funding));
    }

    [Fact]
    public async Task Transfer_between_people_moves_the_amount_and_writes_both_statements()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "300.00");

        var receipt = (await ledger.SendAsync(alice, bob, "50.00", "send-1")).ShouldComplete();

        Assert.Equal(new Receipt("send-1", MovementKind.PersonToPerson, alice, bob, Eur("50.00"), Eur("0.00"), ledger.Now), receipt);
        Assert.Equal(Eur("50.00"), receipt.Net);
        Assert.Equal(Eur("250.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(bob));
        var sent = (await ledger.HistoryAsync(alice))[0];
        var received = Assert.Single(await ledger.HistoryAsync(bob));
        var none = Eur("0.00");
        Assert.Equal(new HistoryEntry("send-1", MovementKind.PersonToPerson, bob, Eur("-50.00"), none, none, none, null, ledger.Now), sent);
        Assert.Equal(new HistoryEntry("send-1", MovementKind.PersonToPerson, alice, Eur("50.00"), none, none, none, null, ledger.Now), received);
    }

    [Fact]
    public async Task Transfer_of_exactly_250_to_a_person_is_accepted()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.VerifiedPersonAsync("bob");
        await ledger.FundAsync(alice, "300.00");

        (await ledger.SendAsync(alice, bob, "250.00")).ShouldComplete();

        Assert.Equal(Eur("250.00"), await ledger.PostedAsync(bob));
    }

    [Fact]
    public async Task Transfer_above_250_to_a_person_is_refused_with_the_limit_and_moves_nothing()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.VerifiedPersonAsync("bob");
        await ledger.FundAsync(alice, "300.00");
        var journal = await ledger.JournalLengthAsync();

        var rejection = (await ledger.SendAsync(alice, bob, "250.01")).ShouldBeRejected(RejectionReason.OverTransactionLimit);

        Assert.Equal(new Rejection(RejectionReason.OverTransactionLimit) { Limit = Eur("250.00") }, rejection);
        Assert.Equal(Eur("300.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(bob));
        Assert.Equal(journal, await ledger.JournalLengthAsync());
    }

    [Fact]
    public async Task Donation_up_to_500_is_free_and_above_500_is_refused_with_the_limit()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(alice, "1000.00");

        var receipt = (await ledger.SendAsync(alice, restos, "500.00")).ShouldComplete();
        var rejection = (await ledger.SendAsync(alice, restos, "500.01")).ShouldBeRejected(RejectionReason.OverTransactionLimit);

        Assert.Equal(MovementKind.Donation, receipt.Kind);
        Assert.Equal(Eur("0.00"), receipt.Fee);
        Assert.Equal(Eur("500.00"), await ledger.PostedAsync(restos));
        Assert.Equal(Eur("500.00"), rejection.Limit);
    }

    [Theory]
    [InlineData("12.34", 100, "0.12")]
    [InlineData("12.34", 200, "0.25")]
    [InlineData("0.50", 100, "0.01")]
    [InlineData("0.49", 100, "0.00")]
    [InlineData("0.25", 200, "0.01")]
    [InlineData("0.01", 200, "0.00")]
    [InlineData("500.00", 200, "10.00")]
    [InlineData("99.99", 100, "1.00")]
    public async Task Payment_to_a_merchant_takes_its_fee_rounded_half_up_from_what_it_receives(
        string amount, int feeBasisPoints, string fee)
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop", feeBasisPoints);
        await ledger.FundAsync(alice, "500.00");

        var receipt = (await ledger.SendAsync(alice, shop, amount)).ShouldComplete();

        Assert.Equal(MovementKind.Payment, receipt.Kind);
        Assert.Equal(Eur(amount), receipt.Amount);
        Assert.Equal(Eur(fee), receipt.Fee);
        Assert.Equal(Eur(amount), receipt.Net + receipt.Fee);
        Assert.Equal(receipt.Net, await ledger.PostedAsync(shop));
        Assert.Equal(Eur(fee), await ledger.PostedAsync(AccountId.Fees));
        Assert.Equal(Eur("500.00") - Eur(amount), await ledger.PostedAsync(alice));
        var line = Assert.Single(await ledger.HistoryAsync(shop));
        Assert.Equal((receipt.Net, Eur(fee)), (line.Amount, line.Fee));
    }

    [Fact]
    public async Task Payment_above_500_to_a_merchant_is_refused_with_the_limit()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(alice, "600.00");

        var rejection = (await ledger.SendAsync(alice, shop, "500.01")).ShouldBeRejected(RejectionReason.OverTransactionLimit);

        Assert.Equal(Eur("500.00"), rejection.Limit);
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(shop));
    }

    [Fact]
    public async Task Insufficient_funds_is_refused_with_what_is_available_counting_holds()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(alice, "100.00");
        (await ledger.HoldAsync(alice, shop, "30.00")).ShouldComplete();

        var rejection = (await ledger.SendAsync(alice, bob, "70.01")).ShouldBeRejected(RejectionReason.InsufficientFunds);
        (await ledger.SendAsync(alice, bob, "70.00")).ShouldComplete();

        Assert.Equal(new Rejection(RejectionReason.InsufficientFunds) { Available = Eur("70.00") }, rejection);
        Assert.Equal(new Balance(Currency.Eur, 30_00, 30_00, 0), await ledger.BalanceAsync(alice));
    }

    [Fact]
    public async Task Transfer_from_an_unknown_account_or_to_an_unknown_recipient_is_refused_naming_it()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        await ledger.FundAsync(alice, "10.00");
        var ghost = AccountId.Person("ghost");
        var closed = AccountId.Merchant("closed");

        var fromGhost = (await ledger.SendAsync(ghost, alice, "1.00")).ShouldBeRejected(RejectionReason.UnknownAccount);
        var toClosed = (await ledger.SendAsync(alice, closed, "1.00")).ShouldBeRejected(RejectionReason.UnknownRecipient);
        var fundGhost = (await ledger.ExecuteAsync(new Funding("f-ghost", ghost, Eur("1.00")))).ShouldBeRejected(RejectionReason.UnknownRecipient);

        Assert.Equal(ghost, fromGhost.Account);
        Assert.Equal(closed, toClosed.Account);
        Assert.Equal(ghost, fundGhost.Account);
        Assert.Null(await ledger.Store.FindAccountAsync(ghost, Ct));
    }

    [Fact]
    public async Task Requests_that_fail_the_stateless_checks_are_refused_with_the_numbers()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(alice, "10.00");

        var zero = (await ledger.SendAsync(alice, restos, "0.00")).ShouldBeRejected(RejectionReason.InvalidAmount);
        var tooBig = (await ledger.ExecuteAsync(new Transfer("big", alice, restos, new Money(LedgerArithmetic.MaxAmountMinor + 1, Currency.Eur))))
            .ShouldBeRejected(RejectionReason.InvalidAmount);
        var dollars = (await ledger.ExecuteAsync(new Transfer("usd", alice, restos, new Money(100, Usd))))
            .ShouldBeRejected(RejectionReason.CurrencyNotSupported);
        var self = (await ledger.SendAsync(alice, alice, "1.00")).ShouldBeRejected(RejectionReason.SameAccount);
        var charityPays = (await ledger.SendAsync(restos, alice, "1.00")).ShouldBeRejected(RejectionReason.WrongAccountKind);
        var toSystem = (await ledger.SendAsync(alice, AccountId.Fees, "1.00")).ShouldBeRejected(RejectionReason.WrongAccountKind);
        var fundSystem = (await ledger.ExecuteAsync(new Funding("f-sys", AccountId.PendingClaims, Eur("1.00"))))
            .ShouldBeRejected(RejectionReason.WrongAccountKind);

        Assert.Equal(new Money(LedgerArithmetic.MaxAmountMinor, Currency.Eur), zero.Limit);
        Assert.Equal(zero, tooBig);
        Assert.Equal(["EUR"], dollars.Currencies);
        Assert.Null(self.Account);
        Assert.Equal(restos, charityPays.Account);
        Assert.Equal(AccountId.Fees, toSystem.Account);
        Assert.Equal(AccountId.PendingClaims, fundSystem.Account);
        Assert.Equal(Eur("10.00"), await ledger.PostedAsync(alice));
        Assert.Equal(1, await ledger.JournalLengthAsync());
    }

    [Fact]
    public async Task Balances_are_kept_per_currency_and_never_converted()
    {
        var ledger = await LedgerAsync(Policies.EuroAndDollar);
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.VerifiedPersonAsync("bob");
        await ledger.FundAsync(alice, "10.00");
        (await ledger.ExecuteAsync(new Funding("usd-top-up", alice, new Money(20_00, Usd)))).ShouldComplete();

        (await ledger.ExecuteAsync(new Transfer("usd-send", alice, bob, new Money(15_00, Usd)))).ShouldComplete();
        var rejection = (await ledger.SendAsync(alice, bob, "10.01")).ShouldBeRejected(RejectionReason.InsufficientFunds);

        Assert.Equal(Eur("10.00"), rejection.Available);
        Assert.Equal(
            [new Balance(Currency.Eur, 10_00, 0, 0), new Balance(Usd, 5_00, 0, 0)],
            await ledger.Store.GetBalancesAsync(alice, Ct));
        Assert.Equal([new Balance(Usd, 15_00, 0, 0)], await ledger.Store.GetBalancesAsync(bob, Ct));
    }
}
