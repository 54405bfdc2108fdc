using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conversational.Bots.Tests.Hosting;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task Healthz_answers_healthy_over_real_http()
    {
        await using var factory = new WebApplicationFactory<Program>();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
