using System.Net;
using System.Text.Json;

namespace Conversational.Bots.Tests.Merchants;

/// <summary>The storefront, products and FAQ through the merchant API: what is kept, and every rule that refuses.</summary>
public sealed class CatalogApiTests
{
    private const string Storefront =
        """{"shortCode":"71234","pickupPoints":[{"id":"gare","mode":"relayPoint","name":"Tabac de la Gare","address":"1 place de la Gare, Lyon","postcode":"69007"}],"collectAddress":"3 rue du Port, Lyon","pointsPerEuro":2,"referralRewardPoints":500,"timeZone":"Europe/London"}""";

    [Fact]
    public async Task A_storefront_is_replaced_whole_and_read_back_without_its_key()
    {
        await using var shop = await MerchantHarness.StartAsync();

        var put = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", Storefront));
        var read = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/storefront"));

        Assert.Equal(put.GetRawText(), read.GetRawText());
        Assert.Equal("71234", read.GetProperty("shortCode").GetString());
        Assert.Equal("relayPoint", read.GetProperty("pickupPoints")[0].GetProperty("mode").GetString());
        Assert.Equal(2, read.GetProperty("pointsPerEuro").GetInt32());
        Assert.Equal("Europe/London", read.GetProperty("timeZone").GetString());
        Assert.DoesNotContain("apiKey", read.GetRawText(), StringComparison.OrdinalIgnoreCase);
        // The key still works after a PUT: the storefront kept its hash.
        Assert.Equal(HttpStatusCode.OK, (await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Get, "/storefront"))).Status);
    }

    [Fact]
    public async Task A_short_code_of_another_merchant_is_a_conflict()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var otherKey = await shop.RegisterMerchantAsync("othershop", "Other Shop");
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"shortCode":"71234"}"""));

        var taken = await MerchantHarness.ErrorAsync(
            await shop.SendAsync(HttpMethod.Put, "/api/merchants/othershop/storefront", """{"shortCode":"71234"}""", otherKey));
        var again = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"shortCode":"71234"}"""));

        var demoShops = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"shortCode":"81234"}"""));

        Assert.Equal(HttpStatusCode.Conflict, taken.Status);
        Assert.Equal("ShortCodeTaken", taken.Reason);
        Assert.Equal(HttpStatusCode.Conflict, demoShops.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Theory]
    [InlineData("""{"shortCode":"8123"}""", "shortCode")]
    [InlineData("""{"shortCode":"12345"}""", "shortCode")]   // no price tier starts with 1
    [InlineData("""{"pointsPerEuro":101}""", "pointsPerEuro")]
    [InlineData("""{"pointsPerEuro":-1}""", "pointsPerEuro")]
    [InlineData("""{"referralRewardPoints":10001}""", "referralRewardPoints")]
    [InlineData("""{"timeZone":"Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"pickupPoints":[{"id":"x","mode":"home","name":"A","address":"B","postcode":"75001"}]}""", "mode")]
    [InlineData("""{"pickupPoints":[{"id":"x","mode":"locker","name":"","address":"B","postcode":"75001"}]}""", "name")]
    [InlineData("""{"pickupPoints":[{"id":"x","mode":"locker","name":"A","address":"B","postcode":"75001"},{"id":"x","mode":"locker","name":"A","address":"B","postcode":"75001"}]}""", "twice")]
    [InlineData("""{"collectAddress":""}""", "collectAddress")]
    public async Task A_storefront_breaking_a_rule_is_refused_with_the_field_named(string body, string named)
    {
        await using var shop = await MerchantHarness.StartAsync();

        var answer = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(named, answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_product_is_created_then_replaced_listed_read_and_deleted()
    {
        await using var shop = await MerchantHarness.StartAsync();
        const string Game = """{"names":{"en":"Game pass","ar":"بطاقة ألعاب"},"price":{"minor":450,"currency":"EUR"},"kind":"digital","keywords":["game42","jeu42"],"digitalContent":"https://example.com/g/42"}""";

        using var created = await shop.ShopAsync(HttpMethod.Put, "/products/GAME-42", Game);
        var replaced = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/products/GAME-42", Game.Replace("450", "400", StringComparison.Ordinal)));
        var list = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/products"));
        using var deleted = await shop.ShopAsync(HttpMethod.Delete, "/products/GAME-42");
        using var gone = await shop.ShopAsync(HttpMethod.Get, "/products/GAME-42");
        using var deletedAgain = await shop.ShopAsync(HttpMethod.Delete, "/products/GAME-42");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(400, replaced.GetProperty("price").GetProperty("minor").GetInt64());
        Assert.Equal(["GAME42", "JEU42"], replaced.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("digital", replaced.GetProperty("kind").GetString());
        Assert.Equal(["GAME-42", "MUG"], list.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("sku").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
    }

    [Fact]
    public async Task A_price_of_exactly_the_merchant_limit_is_accepted()
    {
        await using var shop = await MerchantHarness.StartAsync();

        using var answer = await shop.ShopAsync(HttpMethod.Put, "/products/TV",
            """{"names":{"fr":"Téléviseur"},"price":{"minor":50000,"currency":"EUR"},"kind":"physical","stock":0,"deliveryModes":["home","clickAndCollect"]}""");

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }

    [Theory]
    [InlineData("""{"price":{"minor":1200,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "names")]
    [InlineData("""{"names":{},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "names")]
    [InlineData("""{"names":{"de":"Becher"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "names")]
    [InlineData("""{"names":{"en":"x123456789x123456789x123456789x123456789x123456789x123456789x123456789x123456789x"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "names.en")]
    [InlineData("""{"names":{"en":"Mug"},"kind":"physical","deliveryModes":["home"]}""", "price")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":0,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "price.minor")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":-5,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "price.minor")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":50001,"currency":"EUR"},"kind":"physical","deliveryModes":["home"]}""", "price")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"USD"},"kind":"physical","deliveryModes":["home"]}""", "price.currency")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"service","deliveryModes":["home"]}""", "kind")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","stock":-1,"deliveryModes":["home"]}""", "stock")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","stock":1000001,"deliveryModes":["home"]}""", "stock")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","keywords":["A"],"deliveryModes":["home"]}""", "keywords")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","keywords":["MUG-1"],"deliveryModes":["home"]}""", "keywords")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","keywords":["ABCDEFGHIJKLM"],"deliveryModes":["home"]}""", "keywords")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical"}""", "deliveryModes")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","deliveryModes":["drone"]}""", "deliveryModes")]
    [InlineData("""{"names":{"en":"Mug"},"price":{"minor":1200,"currency":"EUR"},"kind":"physical","deliveryModes":["home"],"digitalContent":"code"}""", "digitalContent")]
    [InlineData("""{"names":{"en":"Pass"},"price":{"minor":1200,"currency":"EUR"},"kind":"digital"}""", "digitalContent")]
    [InlineData("""{"names":{"en":"Pass"},"price":{"minor":1200,"currency":"EUR"},"kind":"digital","deliveryModes":["home"],"digitalContent":"code"}""", "deliveryModes")]
    public async Task A_product_breaking_a_rule_is_refused_with_the_field_named(string body, string named)
    {
        await using var shop = await MerchantHarness.StartAsync();

        var answer = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/NEW", body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(named, answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digital_content_and_skus_have_their_limits()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var content = new string('x', 501);

        var longContent = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/PASS",
            $$"""{"names":{"en":"Pass"},"price":{"minor":100,"currency":"EUR"},"kind":"digital","digitalContent":"{{content}}"}"""));
        var longSku = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/" + new string('S', 41), MerchantHarness.MugBody));
        var badSku = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/mug.blue", MerchantHarness.MugBody));

        Assert.Equal(HttpStatusCode.BadRequest, longContent.Status);
        Assert.Contains("digitalContent", longContent.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longSku.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badSku.Status);
        Assert.Contains("sku", badSku.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyword_of_another_product_is_a_conflict_naming_it()
    {
        await using var shop = await MerchantHarness.StartAsync();

        var conflict = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/CUP",
            MerchantHarness.MugBody.Replace("\"MUG\"", "\"mug\"", StringComparison.Ordinal)));
        using var sameProduct = await shop.ShopAsync(HttpMethod.Put, "/products/MUG", MerchantHarness.MugBody);
        using var missing = await shop.ShopAsync(HttpMethod.Get, "/products/CUP");

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("KeywordTaken", conflict.Reason);
        Assert.Contains("MUG", conflict.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sameProduct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_body_above_64_KB_is_refused_with_413_and_malformed_json_with_a_clear_400()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var huge = "{\"names\":{\"en\":\"" + new string('x', 70 * 1024) + "\"}}";

        var tooLarge = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/BIG", huge));
        var malformed = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/BAD", """{"names":{"en":"Mug"},"""));
        var wrongType = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/BAD", """{"stock":"many"}"""));
        var empty = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/products/BAD", ""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains("not valid JSON", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Contains("$.stock", wrongType.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
    }

    [Fact]
    public async Task Faq_entries_are_written_listed_replaced_and_deleted()
    {
        await using var shop = await MerchantHarness.StartAsync();

        var hours = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/en/hours",
            """{"questions":["When are you open?","opening hours"],"answer":"Every day from 9 to 18."}"""));
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/fr/horaires",
            """{"questions":["Quand êtes-vous ouverts ?"],"answer":"Tous les jours de 9 h à 18 h."}"""));
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/en/hours",
            """{"questions":["When are you open?"],"answer":"Every day from 8 to 20."}"""));
        var list = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/faq"));
        using var deleted = await shop.ShopAsync(HttpMethod.Delete, "/faq/fr/horaires");
        using var deletedAgain = await shop.ShopAsync(HttpMethod.Delete, "/faq/fr/horaires");
        var after = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/faq"));

        Assert.Equal("hours", hours.GetProperty("id").GetString());
        var entries = list.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["en/hours", "fr/horaires"], entries.Select(e => $"{e.GetProperty("language").GetString()}/{e.GetProperty("id").GetString()}"));
        Assert.Equal("Every day from 8 to 20.", entries[0].GetProperty("answer").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Equal(1, after.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("/faq/de/hours", """{"questions":["When?"],"answer":"Always."}""", "language")]
    [InlineData("/faq/en/Hours", """{"questions":["When?"],"answer":"Always."}""", "id")]
    [InlineData("/faq/en/hours", """{"questions":[],"answer":"Always."}""", "questions")]
    [InlineData("/faq/en/hours", """{"answer":"Always."}""", "questions")]
    [InlineData("/faq/en/hours", """{"questions":["When?"],"answer":""}""", "answer")]
    public async Task A_faq_entry_breaking_a_rule_is_refused(string path, string body, string named)
    {
        await using var shop = await MerchantHarness.StartAsync();

        var answer = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, path, body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(named, answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_entries_have_their_size_limits()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var many = JsonSerializer.Serialize(new { questions = Enumerable.Range(1, 21).Select(i => $"q{i}"), answer = "a" });
        var longQuestion = JsonSerializer.Serialize(new { questions = Enumerable.Repeat(new string('q', 301), 1), answer = "a" });
        var longAnswer = JsonSerializer.Serialize(new { questions = Enumerable.Repeat("q", 1), answer = new string('a', 1001) });
        var longest = JsonSerializer.Serialize(new { questions = Enumerable.Range(1, 20).Select(_ => new string('q', 300)), answer = new string('a', 1000) });

        Assert.Equal(HttpStatusCode.BadRequest, (await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/en/a", many))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/en/a", longQuestion))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/en/a", longAnswer))).Status);
        Assert.Equal(HttpStatusCode.OK, (await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Put, "/faq/en/a", longest))).Status);
    }
}
