using System.Net;
using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Tests.Api;

namespace Conversational.Bots.Tests.Merchants;

/// <summary>Advisors answer cases through the merchant API (their own) and the operator API (disputes).</summary>
public sealed class AdvisorCaseTests
{
    [Fact]
    public async Task An_advisor_lists_replies_and_closes_and_each_message_reaches_the_person()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.OpenCaseAsync("case-1", "alice");

        var open = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/cases"));
        var replied = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-1/replies",
            """{"advisor":"Marie","text":"It left this morning."}"""));
        var closed = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-1/close"));
        var closedAgain = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-1/close"));
        var after = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/cases"));

        var listed = Assert.Single(open.GetProperty("cases").EnumerateArray());
        Assert.Equal("case-1", listed.GetProperty("id").GetString());
        Assert.Equal("Alice", listed.GetProperty("person").GetString());
        Assert.Equal("question", listed.GetProperty("kind").GetString());
        Assert.Equal("Where is my parcel?", listed.GetProperty("messages")[0].GetProperty("text").GetString());
        Assert.True(replied.GetProperty("delivered").GetBoolean());
        Assert.Equal("Marie", replied.GetProperty("case").GetProperty("messages")[1].GetProperty("advisor").GetString());
        Assert.True(closed.GetProperty("delivered").GetBoolean());
        Assert.False(closedAgain.GetProperty("delivered").GetBoolean());
        Assert.Equal(0, after.GetProperty("cases").GetArrayLength());
        Assert.Equal(
        [
            "Marie (Test Shop): It left this morning.",
            "The advisor of Test Shop closed this conversation. If you need anything else, just write to me.",
        ], (await shop.OutboxAsync("alice")).Select(r => r.Text));
    }

    [Fact]
    public async Task The_open_cases_come_oldest_first_and_replies_are_in_the_persons_language()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.OpenCaseAsync("case-b", "bob", language: "fr");
        await shop.OpenCaseAsync("case-a", "alice", language: "ar");

        var open = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/cases"));
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-b/replies", """{"advisor":"Marie","text":"Bonjour !"}"""));
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-a/close"));

        Assert.Equal(["case-b", "case-a"], open.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("Marie (Test Shop)\u00A0: Bonjour !", Assert.Single(await shop.OutboxAsync("bob")).Text);
        Assert.Equal("أغلق مستشار Test Shop هذه المحادثة. إن احتجت إلى أي شيء آخر، فاكتب لي.", Assert.Single(await shop.OutboxAsync("alice")).Text);
    }

    [Fact]
    public async Task Another_desks_case_is_not_found_and_a_closed_case_takes_no_reply()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var otherKey = await shop.RegisterMerchantAsync("othershop", "Other Shop");
        await shop.OpenCaseAsync("case-o", "bob", desk: "othershop");
        await shop.OpenCaseAsync("case-d", "alice", desk: "operator", kind: AdvisorCaseKind.Dispute);
        await shop.OpenCaseAsync("case-x", "carol");
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-x/close"));

        var list = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/cases"));
        var others = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-o/replies", """{"advisor":"Marie","text":"Hi"}"""));
        var dispute = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-d/close"));
        var unknown = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-zz/close"));
        var closed = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-x/replies", """{"advisor":"Marie","text":"Hi"}"""));
        var noAdvisor = await MerchantHarness.ErrorAsync(await shop.SendAsync(HttpMethod.Post, "/api/merchants/othershop/cases/case-o/replies",
            """{"text":"Hi"}""", otherKey));
        var own = await MerchantHarness.JsonAsync(await shop.SendAsync(HttpMethod.Post, "/api/merchants/othershop/cases/case-o/replies",
            """{"advisor":"Paul","text":"Hi"}""", otherKey));

        Assert.Equal(0, list.GetProperty("cases").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, others.Status);
        Assert.Equal(HttpStatusCode.NotFound, dispute.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal((HttpStatusCode.Conflict, "Closed"), (closed.Status, closed.Reason));
        Assert.Equal(HttpStatusCode.BadRequest, noAdvisor.Status);
        Assert.True(own.GetProperty("delivered").GetBoolean());
        Assert.Equal("Paul (Other Shop): Hi", Assert.Single(await shop.OutboxAsync("bob")).Text);
    }

    [Fact]
    public async Task The_operator_desk_answers_disputes_behind_the_operator_key()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.OpenCaseAsync("case-d", "alice", desk: "operator", kind: AdvisorCaseKind.Dispute, text: "Anomaly on my statement");

        using var withoutKey = await shop.SendAsync(HttpMethod.Get, "/api/admin/cases", key: "");
        using var withMerchantKey = await shop.SendAsync(HttpMethod.Get, "/api/admin/cases");
        var list = await MerchantHarness.JsonAsync(await shop.SendAsync(HttpMethod.Get, "/api/admin/cases", key: ServiceFactory.ApiKey));
        var replied = await MerchantHarness.JsonAsync(await shop.SendAsync(HttpMethod.Post, "/api/admin/cases/case-d/replies",
            """{"advisor":"Sam","text":"We are checking it."}""", ServiceFactory.ApiKey));
        var closed = await MerchantHarness.JsonAsync(await shop.SendAsync(HttpMethod.Post, "/api/admin/cases/case-d/close", key: ServiceFactory.ApiKey));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withMerchantKey.StatusCode);
        Assert.Equal("dispute", Assert.Single(list.GetProperty("cases").EnumerateArray()).GetProperty("kind").GetString());
        Assert.True(replied.GetProperty("delivered").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, closed.GetProperty("case").GetProperty("closedAt").ValueKind);
        Assert.Equal(
        [
            "Sam (Support): We are checking it.",
            "Our support team closed this conversation. If you need anything else, just write to me.",
        ], (await shop.OutboxAsync("alice")).Select(r => r.Text));
    }

    [Fact]
    public async Task A_person_who_said_stop_gets_no_reply_but_the_case_keeps_it()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.OpenCaseAsync("case-s", "alice");
        await shop.OptOutAsync("alice");

        var replied = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-s/replies", """{"advisor":"Marie","text":"Hello"}"""));
        var closed = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Post, "/cases/case-s/close"));

        Assert.False(replied.GetProperty("delivered").GetBoolean());
        Assert.Equal(2, replied.GetProperty("case").GetProperty("messages").GetArrayLength());
        Assert.False(closed.GetProperty("delivered").GetBoolean());
        Assert.Empty(await shop.OutboxAsync("alice"));
    }
}
