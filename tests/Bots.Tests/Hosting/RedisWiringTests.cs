using System.Net;
using Conversational.Wallet;
using Conversational.Wallet.Tests.Redis;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Hosting;

public sealed class RedisWiringTests
{
    [Fact]
    public async Task With_a_Redis_connection_string_the_ledger_lives_in_Redis_and_health_reports_it()
    {
        await using var redis = await RedisServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(web => web.UseSetting("ConnectionStrings:Redis", redis.ConnectionString));
        var wallet = factory.Services.GetRequiredService<WalletService>();
        var alice = AccountId.Person("alice");

        Assert.IsType<RedisLedgerStore>(wallet.Store);
        await wallet.Store.OpenAccountAsync(new Account(alice), TestContext.Current.CancellationToken);
        var funded = await wallet.ExecuteAsync(new Funding("fund:alice", alice, new Money(20_00, Currency.Eur)), TestContext.Current.CancellationToken);
        Assert.Equal(MovementStatus.Completed, funded.Status);
        using var client = factory.CreateClient();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var check = await redis.ConnectAsync();
        Assert.True(await check.GetDatabase().KeyExistsAsync("{w}:acct:person:alice"));
    }

    [Fact]
    public async Task When_Redis_stops_answering_health_says_so()
    {
        var redis = await RedisServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(web => web.UseSetting("ConnectionStrings:Redis", redis.ConnectionString));
        using var client = factory.CreateClient();

        await redis.DisposeAsync();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }
}
