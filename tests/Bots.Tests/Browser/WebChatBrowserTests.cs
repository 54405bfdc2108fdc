using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Conversational.Bots.Tests.Browser;

/// <summary>The web chat page at / driven in a real Chromium against the real host and its chat endpoints.</summary>
public sealed partial class WebChatBrowserTests(WebChatFixture chat) : IClassFixture<WebChatFixture>
{
    // The only test of the class that moves money: the host (and its wallet) is shared by the class, and a first
    // payment to @bob is what makes the bot ask for a confirmation.
    [Fact]
    public async Task Alice_sends_bob_5_euros_by_pressing_Confirm_and_her_balance_shows_95_euros()
    {
        await using var context = await chat.NewContextAsync();
        var page = await OpenChatAsync(context, "alice");

        await SendAsync(page, "#send 5EUR @bob");
        var confirm = page.Locator(".choices button").First;
        await Expect(confirm).ToHaveTextAsync("Confirm");
        await confirm.ClickAsync();

        // The pressed label is Alice's own bubble, and the question's buttons are spent.
        await Expect(page.Locator(".me").Last).ToHaveTextAsync("Confirm");
        await Expect(confirm).ToBeDisabledAsync();
        await Expect(RepliesAfter(page, "Confirm")).ToContainTextAsync([SentFiveEurosToBob()]);

        await SendAsync(page, "#balance");
        await Expect(RepliesAfter(page, "#balance")).ToContainTextAsync(["€95.00"]);
        await Expect(page.Locator("#text")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task An_Arabic_balance_question_is_answered_with_Arabic_Indic_digits_right_to_left()
    {
        await using var context = await chat.NewContextAsync();
        var page = await OpenChatAsync(context, "bob");

        await SendAsync(page, "رصيد");

        var reply = RepliesAfter(page, "رصيد").First;
        await Expect(reply).ToContainTextAsync(ArabicIndicDigit());
        await Expect(reply.Locator(".text")).ToHaveAttributeAsync("dir", "auto");
    }

    [Fact]
    public async Task Enter_in_an_empty_or_blank_box_sends_nothing()
    {
        await using var context = await chat.NewContextAsync();
        var page = await OpenChatAsync(context, "alice");
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/api/chat/messages", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref posts);
            }
        };

        await page.Locator("#text").PressAsync("Enter");
        await page.Locator("#text").FillAsync("   ");
        await page.Locator("#text").PressAsync("Enter");
        // A real message afterwards: once its answer is shown, anything the blank ones had sent would be too.
        await SendAsync(page, "#balance");
        await Expect(page.Locator(".bot")).Not.ToHaveCountAsync(0);

        await Expect(page.Locator(".me")).ToHaveTextAsync(["#balance"]);
        Assert.Equal(1, posts);
    }

    /// <summary>Opens / in a fresh page, chooses who to be and waits for the chat to take the focus.</summary>
    private static async Task<IPage> OpenChatAsync(IBrowserContext context, string who)
    {
        var page = await context.NewPageAsync();
        // Whatever the page logs or throws ends up in the test's output, to explain a failure. Playwright raises
        // these events on its own thread, so the test's output is captured here, where the test runs.
        var output = TestContext.Current.TestOutputHelper;
        page.Console += (_, message) => Log(output, $"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => Log(output, $"page error: {error}");
        await page.GotoAsync("/");
        await page.Locator("#who").FillAsync(who);
        await page.Locator("#start").ClickAsync();
        await Expect(page.Locator("#text")).ToBeFocusedAsync();
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        await page.Locator("#text").FillAsync(text);
        await page.Locator("#text").PressAsync("Enter");
        await Expect(page.Locator(".me").Last).ToHaveTextAsync(text);
    }

    /// <summary>The bot's messages shown after the person's own message <paramref name="mine"/>.</summary>
    private static ILocator RepliesAfter(IPage page, string mine) =>
        page.Locator($"#messages > li.me:has(> .text:text-is(\"{mine}\")) ~ li.bot");

    private static void Log(ITestOutputHelper? output, string line)
    {
        try
        {
            output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has already finished; nobody reads its output any more.
        }
    }

    // Loose on purpose: "Done: you sent €5.00 to Bob (@bob)..." or any wording with the amount then the handle.
    [GeneratedRegex(@"€5\.00[\s\S]*@bob")]
    private static partial Regex SentFiveEurosToBob();

    [GeneratedRegex("[٠-٩]")]
    private static partial Regex ArabicIndicDigit();
}
