using Conversational.Bots.Hosting;
using Conversational.Commands;
using Conversational.Wallet;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Root_appsettings_are_read_so_the_parser_gets_the_configured_defaults()
    {
        await using var factory = new WebApplicationFactory<Program>();

        var context = factory.Services.GetRequiredService<ParseContext>();

        Assert.Equal("EUR", context.DefaultCurrency);
        Assert.Equal("FR", context.DefaultRegion);
    }

    [Fact]
    public async Task A_setting_overridden_by_configuration_reaches_the_parser()
    {
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(web => web.UseSetting("Commands:DefaultCurrency", "TND"));

        var context = factory.Services.GetRequiredService<ParseContext>();
        var send = Assert.IsType<SendMoneyCommand>(CommandParser.Parse("#envoyer 5,125 @lea", context));

        Assert.Equal(5125, send.Amount.Minor);
        Assert.Equal("TND", send.Amount.Currency);
    }

    [Theory]
    [InlineData("Commands:DefaultCurrency", "EURO", "DefaultCurrency")]
    [InlineData("Commands:DefaultRegion", "XX", "DefaultRegion")]
    [InlineData("Commands:DefaultLanguage", "de", "DefaultLanguage")]
    public async Task An_invalid_setting_stops_the_service_at_start_naming_the_setting(string key, string value,
        string named)
    {
        await using var app = BotsHost.Build([$"--{key}={value}", "--urls=http://127.0.0.1:0"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_appsettings_give_the_wallet_the_design_limits()
    {
        await using var factory = new WebApplicationFactory<Program>();

        var policy = factory.Services.GetRequiredService<WalletPolicy>();
        var eur = policy.LimitsFor(Currency.Eur)!;

        Assert.Equal(new Money(250_00, Currency.Eur), eur.PersonToPersonMax);
        Assert.Equal(new Money(500_00, Currency.Eur), eur.CharityMax);
        Assert.Equal(new Money(150_00, Currency.Eur), eur.UnverifiedBalanceMax);
        Assert.Equal(new Money(4_50, Currency.Eur), policy.Carrier.MaxPerPurchase);
        Assert.Equal(new Money(50_00, Currency.Eur), policy.Carrier.DefaultMonthlyCap);
        Assert.Equal(TimeSpan.FromDays(7), policy.PendingClaimPeriod);
        Assert.IsType<InMemoryLedgerStore>(factory.Services.GetRequiredService<ILedgerStore>());
    }

    [Theory]
    [InlineData("Wallet:Currencies:EUR:PersonToPersonMax", "250.001", "PersonToPersonMax")]
    [InlineData("Wallet:Currencies:EUR:DailyCap", "-5", "DailyCap")]
    [InlineData("Wallet:Currencies:EURO:DailyCap", "5", "EURO")]
    [InlineData("Wallet:CarrierBilling:MaxPerPurchase", "50.01", "EU ceiling")]
    [InlineData("Wallet:CarrierBilling:DefaultMonthlyCap", "300.01", "EU ceiling")]
    [InlineData("Wallet:CarrierBilling:Tiers:8", "5.00", "Tiers:8")]
    [InlineData("Wallet:PendingClaimDays", "0", "PendingClaimDays")]
    public async Task An_invalid_wallet_setting_stops_the_service_at_start_naming_the_setting(string key, string value, string named)
    {
        await using var app = BotsHost.Build([$"--{key}={value}", "--urls=http://127.0.0.1:0"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
