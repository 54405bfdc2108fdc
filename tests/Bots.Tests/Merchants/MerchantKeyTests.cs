using System.Net;
using System.Text.Json;
using Conversational.Bots.Hosting;
using Conversational.Bots.Tests.Api;

namespace Conversational.Bots.Tests.Merchants;

/// <summary>Merchant keys: issued by the operator, shown once, rotated, and each opening only its own merchant's API.</summary>
public sealed class MerchantKeyTests
{
    [Fact]
    public async Task An_issued_key_opens_the_merchant_api_and_looks_like_a_merchant_key()
    {
        await using var shop = await MerchantHarness.StartAsync();

        var storefront = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/storefront"));

        Assert.StartsWith("mk_", shop.Key, StringComparison.Ordinal);
        Assert.Equal(3 + 43, shop.Key.Length);   // 32 bytes in base64url, no padding
        Assert.Equal("testshop", storefront.GetProperty("merchant").GetString());
        Assert.Equal("Europe/Paris", storefront.GetProperty("timeZone").GetString());
        Assert.Equal(0, storefront.GetProperty("pointsPerEuro").GetInt32());
        Assert.False(storefront.TryGetProperty("apiKeyHash", out _));
    }

    [Fact]
    public async Task Issuing_again_rotates_the_key_and_the_old_one_is_refused()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var old = shop.Key;

        var fresh = await shop.IssueKeyAsync(MerchantHarness.Shop);
        using var withOld = await shop.SendAsync(HttpMethod.Get, "/api/merchants/testshop/storefront", key: old);
        using var withFresh = await shop.SendAsync(HttpMethod.Get, "/api/merchants/testshop/storefront", key: fresh);

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withFresh.StatusCode);
    }

    [Fact]
    public async Task A_missing_wrong_or_other_merchants_key_and_an_unknown_merchant_all_get_the_same_401()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var otherKey = await shop.RegisterMerchantAsync("othershop", "Other Shop");

        var none = await MerchantHarness.ErrorAsync(await shop.SendAsync(HttpMethod.Get, "/api/merchants/testshop/products", key: ""));
        var wrong = await MerchantHarness.ErrorAsync(await shop.SendAsync(HttpMethod.Get, "/api/merchants/testshop/products", key: "mk_not-the-key"));
        var other = await MerchantHarness.ErrorAsync(await shop.SendAsync(HttpMethod.Get, "/api/merchants/testshop/products", key: otherKey));
        var unknown = await MerchantHarness.ErrorAsync(await shop.SendAsync(HttpMethod.Get, "/api/merchants/nosuchshop/products"));
        var operatorKey = await MerchantHarness.ErrorAsync(
            await shop.SendAsync(HttpMethod.Get, "/api/merchants/testshop/products", key: ServiceFactory.ApiKey));
        using var own = await shop.SendAsync(HttpMethod.Get, "/api/merchants/othershop/products", key: otherKey);

        Assert.All([none, wrong, other, unknown, operatorKey], answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.Status));
        Assert.Equal(wrong.Error, unknown.Error);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Only_the_operator_issues_keys_and_only_to_registered_merchants()
    {
        await using var shop = await MerchantHarness.StartAsync();

        using var withoutOperatorKey = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants/testshop/api-key", key: "");
        using var withMerchantKey = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants/testshop/api-key");
        using var unregistered = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants/ghostshop/api-key", key: ServiceFactory.ApiKey);
        using var person = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants/alice/api-key", key: ServiceFactory.ApiKey);
        using var operatorDesk = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants/operator/api-key", key: ServiceFactory.ApiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutOperatorKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withMerchantKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unregistered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, operatorDesk.StatusCode);
    }

    [Fact]
    public async Task A_new_merchant_gets_a_storefront_with_the_defaults_when_its_first_key_is_issued()
    {
        await using var shop = await MerchantHarness.StartAsync();
        using var registered = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants",
            """{"handle":"newshop","displayName":"New Shop"}""", ServiceFactory.ApiKey);

        using var first = await shop.SendAsync(HttpMethod.Post, "/api/admin/merchants/newshop/api-key", key: ServiceFactory.ApiKey);
        var key = (await MerchantHarness.JsonAsync(first, HttpStatusCode.Created)).GetProperty("apiKey").GetString();
        var storefront = await MerchantHarness.JsonAsync(await shop.SendAsync(HttpMethod.Get, "/api/merchants/newshop/storefront", key: key));

        Assert.Equal(JsonValueKind.Null, storefront.GetProperty("shortCode").ValueKind);
        Assert.Equal(0, storefront.GetProperty("pickupPoints").GetArrayLength());
        Assert.Equal(0, storefront.GetProperty("referralRewardPoints").GetInt32());
        Assert.Equal("Europe/Paris", storefront.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task The_demo_shops_development_key_opens_its_api()
    {
        await using var shop = await MerchantHarness.StartAsync();

        var storefront = await MerchantHarness.JsonAsync(
            await shop.SendAsync(HttpMethod.Get, "/api/merchants/demoshop/storefront", key: DemoData.MerchantKey));
        using var withTestKey = await shop.SendAsync(HttpMethod.Get, "/api/merchants/demoshop/storefront");

        Assert.Equal("81234", storefront.GetProperty("shortCode").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, withTestKey.StatusCode);
    }
}
