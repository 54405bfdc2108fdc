using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Texts;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Commerce.Texts;

/// <summary>
/// Every sentence of <see cref="CommerceTexts"/> in every language, called by reflection with sample values, so a
/// member added to <see cref="CommerceTexts"/> is checked without touching these tests.
/// </summary>
public sealed class CommerceTextsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 30, 0, TimeSpan.Zero);

    private static readonly FrenchCommerceTexts French = FrenchCommerceTexts.Instance;

    private static readonly ArabicCommerceTexts Arabic = ArabicCommerceTexts.Instance;

    private static readonly Money TwelveEuros = Eur(1200);

    private static readonly Money TwentyFourEuros = Eur(2400);

    /// <summary>Words that are English and not French: any of them left in a French sentence is untranslated.</summary>
    private static readonly string[] EnglishWords =
    [
        "the", "your", "you", "please", "order", "orders", "delivery", "delivered", "purchase", "balance", "basket",
        "sorry", "thanks", "thank", "shall", "would", "which", "there", "here", "with", "nothing", "pay", "back",
        "cancel", "help", "send", "home", "work", "locker", "relay", "shop", "click", "collect", "from", "is", "are",
        "and", "of", "to", "at", "it", "left", "each", "new", "another", "address", "phone", "bill", "loyalty",
        "referral", "advisor", "data", "delete", "in", "shipped", "accepted", "placed", "refunded", "waiting",
    ];

    public static TheoryData<Language> Languages => [Language.English, Language.French, Language.Arabic];

    public static TheoryData<Language> Translations => [Language.French, Language.Arabic];

    [Fact]
    public void Each_language_has_its_texts()
    {
        Assert.Same(EnglishCommerceTexts.Instance, CommerceTexts.For(Language.English));
        Assert.Same(French, CommerceTexts.For(Language.French));
        Assert.Same(Arabic, CommerceTexts.For(Language.Arabic));
        Assert.Same(FrenchTexts.Instance, French.Replies);
        Assert.Same(ArabicTexts.Instance, Arabic.Replies);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_member_says_something(Language language)
    {
        var samples = Samples.Of(CommerceTexts.For(language));

        Assert.True(samples.Count > Samples.Members.Count(), "Not every member was called.");
        var bad = samples.Where(s => string.IsNullOrWhiteSpace(s.Text)).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_name_code_and_amount_passed_in_appears_in_the_sentence(Language language)
    {
        var bad = Samples.Of(CommerceTexts.For(language))
            .Where(s => s.Placeholders.Any(p => !s.Text.Contains(p, StringComparison.Ordinal)))
            .ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void No_sentence_is_left_as_the_english_one(Language language)
    {
        var english = Samples.Of(EnglishCommerceTexts.Instance);
        var translated = Samples.Of(CommerceTexts.For(language));

        Assert.Equal(english.Count, translated.Count);
        var same = english.Zip(translated).Where(p => p.First.Text == p.Second.Text).Select(p => p.Second).ToList();
        Assert.True(same.Count == 0, string.Join("\n", same));
    }

    [Fact]
    public void No_english_word_is_left_in_french()
    {
        var bad = Samples.Of(French)
            .Where(s => EnglishWords.Any(w => Regex.IsMatch(s.Template, $@"\b{w}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    /// <summary>Only the names passed in and the command examples (MUG) may be written in Latin letters.</summary>
    [Fact]
    public void Arabic_has_no_latin_words_but_the_example_product_code()
    {
        var bad = Samples.Of(Arabic).Where(s => s.Template.Replace("MUG", "", StringComparison.Ordinal).Any(char.IsAsciiLetter)).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Arabic_writes_every_number_in_arabic_indic_digits()
    {
        var bad = Samples.Of(Arabic).Where(s => s.Template.Any(char.IsAsciiDigit)).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Arabic_punctuation_is_arabic()
    {
        var bad = Samples.Of(Arabic).Where(s => s.Template.IndexOfAny([',', ';', '?']) >= 0).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void French_puts_a_no_break_space_before_colons_semicolons_question_and_exclamation_marks_and_inside_guillemets()
    {
        static bool Spaced(string text, int i) => text[i] switch
        {
            ':' or ';' or '?' or '!' or '»' => i > 0 && text[i - 1] == '\u00A0',
            '«' => i + 1 < text.Length && text[i + 1] == '\u00A0',
            _ => true,
        };

        var samples = Samples.Of(French);
        var bad = samples.Where(s => !Enumerable.Range(0, s.Template.Length).All(i => Spaced(s.Template, i))).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
        Assert.Contains(samples, s => s.Template.Contains("\u00A0?", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_delivery_mode_has_its_own_label(Language language)
    {
        var texts = CommerceTexts.For(language);
        var labels = Enum.GetValues<DeliveryMode>().Select(texts.ModeLabel).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_order_status_has_its_own_name(Language language)
    {
        var texts = CommerceTexts.For(language);
        var names = Enum.GetValues<OrderStatus>().Select(texts.StatusName).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_buttons_have_different_labels(Language language)
    {
        var texts = CommerceTexts.For(language);
        string[] labels =
        [
            texts.PayLabel, texts.BackLabel, texts.ChangeQuantityLabel, texts.ChangeDeliveryLabel, texts.NewAddressLabel,
            texts.ContinueLabel, texts.AdvisorLabel, texts.DeleteLabel, texts.Replies.CancelLabel,
        ];

        Assert.Equal(labels.Length, labels.Distinct().Count());
    }

    [Fact]
    public void French_key_sentences()
    {
        Assert.Equal("Quel produit souhaitez-vous\u00A0?", French.WhichProduct);
        Assert.Equal("Achat annulé\u00A0: rien n'a été payé.", French.PurchaseCancelled);
        Assert.Equal(
            "2 × Mug bleu\u00A0: 24,00\u00A0€. À régler avec votre solde. Je procède au paiement\u00A0?",
            French.Review("Mug bleu", 2, TwentyFourEuros, null, PaymentMethod.Wallet));
        Assert.Equal(
            "2 × Mug bleu\u00A0: 24,00\u00A0€, retrait au point relais Tabac du Marché. "
            + "À régler sur votre facture de téléphone. Je procède au paiement\u00A0?",
            French.Review("Mug bleu", 2, TwentyFourEuros, French.DescribeDelivery(DeliveryMode.RelayPoint, "Tabac du Marché"),
                PaymentMethod.PhoneBill));
        Assert.Equal("Domicile\u00A0: 12 rue de la Paix, 75002 Paris", French.ModeTo(DeliveryMode.Home, "12 rue de la Paix, 75002 Paris"));
        Assert.Equal(
            ["Domicile", "Travail", "Point relais", "Retrait en magasin", "Consigne"],
            Enum.GetValues<DeliveryMode>().Select(French.ModeLabel));
        Assert.Equal("Mug bleu · 12,00\u00A0€", French.ProductLabel("Mug bleu", TwelveEuros));
        Assert.Equal("Je n'ai pas trouvé «\u00A0vélo\u00A0». Voici ce que vend Demo Shop\u00A0:", French.NoSuchProduct("vélo", "Demo Shop"));
        Assert.Equal("Le prix d'Épée bleue a changé\u00A0: il est maintenant de 12,00\u00A0€ l'unité.",
            French.PriceChanged("Épée bleue", TwelveEuros));
        Assert.Equal("expédiée", French.StatusName(OrderStatus.Shipped));
    }

    [Theory]
    [InlineData(0, "+0 point de fidélité chez Demo Shop (0 au total).")]
    [InlineData(1, "+1 point de fidélité chez Demo Shop (1 au total).")]
    [InlineData(29, "+29 points de fidélité chez Demo Shop (29 au total).")]
    [InlineData(1000, "+1\u202F000 points de fidélité chez Demo Shop (1\u202F000 au total).")]
    [InlineData(1000000, "+1\u202F000\u202F000 de points de fidélité chez Demo Shop (1\u202F000\u202F000 au total).")]
    public void French_points_follow_the_french_plural_rules(long points, string expected) =>
        Assert.Equal(expected, French.PointsEarned(points, points, "Demo Shop"));

    [Fact]
    public void French_points_list_one_line_per_shop()
    {
        Assert.Equal(
            "Vous avez 41 points chez Demo Shop.\nVous avez 1 point chez Café Lune.",
            French.Points([("Demo Shop", 41), ("Café Lune", 1)]));
        Assert.StartsWith("Vous n'avez pas encore de points de fidélité\u00A0:", French.Points([]), StringComparison.Ordinal);
    }

    [Fact]
    public void French_order_line_gives_the_status_and_the_french_date()
    {
        var order = Order("DS-4F7K2Q", "Mug bleu", 2, TwentyFourEuros, OrderStatus.Shipped, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("DS-4F7K2Q · 2 × Mug bleu · 24,00\u00A0€ · expédiée (1er décembre)", French.OrderLine(order, Now));
    }

    [Fact]
    public void French_referral_example_is_in_guillemets()
    {
        var text = French.ReferralCode("R7K3QX");

        Assert.Contains("«\u00A0#parrainage R7K3QX\u00A0»", text, StringComparison.Ordinal);
        Assert.StartsWith("Votre code de parrainage est R7K3QX.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_key_sentences()
    {
        var total = ArabicTexts.Instance.Money(TwentyFourEuros);

        Assert.Equal("أي منتج تريد؟", Arabic.WhichProduct);
        Assert.Equal("أُلغي الشراء: لم يُخصم منك شيء.", Arabic.PurchaseCancelled);
        Assert.Equal($"٢ × كوب أزرق: {total}، والدفع من رصيدك. هل أُتمّ الدفع؟",
            Arabic.Review("كوب أزرق", 2, TwentyFourEuros, null, PaymentMethod.Wallet));
        Assert.Equal(
            ["المنزل", "العمل", "نقطة استلام", "الاستلام من المتجر", "خزانة استلام"],
            Enum.GetValues<DeliveryMode>().Select(Arabic.ModeLabel));
        Assert.Equal("مشحون", Arabic.StatusName(OrderStatus.Shipped));
        Assert.Equal($"كوب أزرق · {ArabicTexts.Instance.Money(TwelveEuros)}", Arabic.ProductLabel("كوب أزرق", TwelveEuros));
        Assert.Equal("نقاط الاستلام القريبة من ٧٥٠١١:", Arabic.PickupPointsNear(DeliveryMode.RelayPoint, "75011"));
    }

    [Fact]
    public void Arabic_review_writes_the_count_and_the_amount_the_arabic_way()
    {
        var text = Arabic.Review("Blue mug", 2, TwelveEuros, Arabic.DescribeDelivery(DeliveryMode.Home, "12 rue de la Paix"),
            PaymentMethod.PhoneBill);

        Assert.Contains("٢ × Blue mug", text, StringComparison.Ordinal);
        Assert.Contains(ArabicTexts.Instance.Money(TwelveEuros), text, StringComparison.Ordinal);
        Assert.Contains("١٢", ArabicTexts.Instance.Money(TwelveEuros), StringComparison.Ordinal);
        Assert.Contains("على فاتورة هاتفك", text, StringComparison.Ordinal);
        Assert.Contains("12 rue de la Paix", text, StringComparison.Ordinal);
    }

    /// <summary>The pieces follow سوى, so they are in the genitive.</summary>
    [Theory]
    [InlineData(1, "سوى قطعة واحدة.")]
    [InlineData(2, "سوى قطعتين.")]
    [InlineData(3, "سوى ٣ قطع.")]
    [InlineData(10, "سوى ١٠ قطع.")]
    [InlineData(11, "سوى ١١ قطعة.")]
    [InlineData(100, "سوى ١٠٠ قطعة.")]
    [InlineData(103, "سوى ١٠٣ قطع.")]
    public void Arabic_stock_left_takes_the_form_of_its_plural_category(int left, string expected) =>
        Assert.Contains(expected, Arabic.StockShort("كوب أزرق", left), StringComparison.Ordinal);

    [Theory]
    [InlineData(1, "(بقيت قطعة واحدة فقط.)")]
    [InlineData(2, "(بقيت قطعتان فقط.)")]
    [InlineData(3, "(بقيت ٣ قطع فقط.)")]
    [InlineData(0, "(نفدت الكمية.)")]
    public void Arabic_quantity_question_says_how_few_are_left(int left, string expected) =>
        Assert.EndsWith(expected, Arabic.AskQuantity("كوب أزرق", TwelveEuros, left), StringComparison.Ordinal);

    [Theory]
    [InlineData(1, "ربحت نقطة واحدة في")]
    [InlineData(2, "ربحت نقطتين في")]
    [InlineData(5, "ربحت ٥ نقاط في")]
    [InlineData(29, "ربحت ٢٩ نقطة في")]
    [InlineData(1000, "ربحت ١٬٠٠٠ نقطة في")]
    public void Arabic_points_earned_are_counted_in_the_accusative(long points, string expected)
    {
        var text = Arabic.PointsEarned(points, 41, "Demo Shop");

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        Assert.Contains("(مجموع نقاطك: ٤١)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_points_list_one_line_per_shop_in_the_nominative() =>
        Assert.Equal("لديك نقطتان لدى Demo Shop.\nلديك ٤١ نقطة لدى Café Lune.", Arabic.Points([("Demo Shop", 2), ("Café Lune", 41)]));

    [Fact]
    public void Arabic_order_line_gives_the_status_and_the_arabic_date()
    {
        var order = Order("DS-4F7K2Q", "كوب أزرق", 2, TwentyFourEuros, OrderStatus.Shipped, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal($"DS-4F7K2Q · ٢ × كوب أزرق · {ArabicTexts.Instance.Money(TwentyFourEuros)} · مشحون (٢٤ نوفمبر)",
            Arabic.OrderLine(order, Now));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Counts_are_written_with_the_numbers_of_the_language(Language language)
    {
        var texts = CommerceTexts.For(language);

        Assert.Contains(texts.Replies.Number(20), texts.QuantityInvalid(20), StringComparison.Ordinal);
        Assert.Contains(texts.Replies.Number(3) + " × ", texts.AskDelivery("Blue mug", 3), StringComparison.Ordinal);
        Assert.Contains(texts.Replies.Number(3) + " × ", texts.Review("Blue mug", 3, TwelveEuros, null, PaymentMethod.Wallet),
            StringComparison.Ordinal);
        Assert.Contains(texts.Replies.Number(1234), texts.PointsEarned(29, 1234, "Demo Shop"), StringComparison.Ordinal);
        Assert.Contains(texts.Replies.Number(29), texts.PointsEarned(29, 1234, "Demo Shop"), StringComparison.Ordinal);
        Assert.Contains(texts.Replies.Number(3), texts.AskQuantity("Blue mug", TwelveEuros, 3), StringComparison.Ordinal);
        Assert.DoesNotContain("(", texts.AskQuantity("Blue mug", TwelveEuros, 6), StringComparison.Ordinal);
        Assert.DoesNotContain("(", texts.AskQuantity("Blue mug", TwelveEuros, null), StringComparison.Ordinal);
    }

    private static Money Eur(long minor) => new(minor, Currency.Eur);

    private static Order Order(string number, string product, int quantity, Money total, OrderStatus status, DateTimeOffset at) =>
        new(number, "demoshop", AccountId.Person("bob"), new ChannelIdentity("web", "bob"), "en", "MUG", product, quantity,
            total, total, new Delivery(DeliveryMode.Home, "12 rue de la Paix, 75002 Paris"), PaymentMethod.Wallet,
            new TransferId($"order:{number}:hold"), status != OrderStatus.Placed, status,
            [new OrderEvent(OrderStatus.Placed, at.AddDays(-1)), new OrderEvent(status, at)], null);

    /// <summary>
    /// One sentence, with the values passed in (<see cref="Placeholders"/>) and the sentence with them blanked out
    /// (<see cref="Template"/>): what the language itself wrote.
    /// </summary>
    private sealed record Sample(string Member, string Arguments, string Text, IReadOnlyList<string> Placeholders)
    {
        public string Template => Placeholders.OrderByDescending(p => p.Length)
            .Aggregate(Text, (text, p) => text.Replace(p, "¤", StringComparison.Ordinal));

        public override string ToString() => $"{Member}({Arguments}) => \"{Text}\"";
    }

    /// <summary>Calls every abstract member of <see cref="CommerceTexts"/> with every sample value of its parameters.</summary>
    private static class Samples
    {
        private static readonly long[] Counts = [0, 1, 2, 3, 5, 10, 11, 99, 100, 101, 103, 1000, 1000000];

        private static readonly Money[] Amounts = [TwelveEuros, Eur(123456789), Eur(299), Eur(0), new(1500, Currency.Of("USD"))];

        /// <summary>Whether a string parameter takes null ("no delivery" for digital goods).</summary>
        private static readonly NullabilityInfoContext Nullable = new();

        private static readonly (string Shop, long Points)[] Shops = [("Demo Shop", 41), ("Café Lune", 1), ("Kivu Market", 1000)];

        public static IEnumerable<MemberInfo> Members =>
            typeof(CommerceTexts).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m switch
                {
                    PropertyInfo p => p.PropertyType == typeof(string) && p.GetMethod is { IsAbstract: true },
                    MethodInfo { IsSpecialName: false } method => method.IsAbstract,
                    _ => false,
                });

        public static IReadOnlyList<Sample> Of(CommerceTexts texts) => [.. Members.SelectMany(m => Of(texts, m))];

        private static IEnumerable<Sample> Of(CommerceTexts texts, MemberInfo member)
        {
            if (member is PropertyInfo property)
            {
                yield return new Sample(member.Name, "", (string)property.GetValue(texts)!, []);
                yield break;
            }
            var method = (MethodInfo)member;
            Assert.Equal(typeof(string), method.ReturnType);
            var values = method.GetParameters().Select(p => ValuesFor(p, texts)).ToArray();
            var rounds = values.Length == 0 ? 1 : values.Max(v => v.Length);
            for (var round = 0; round < rounds; round++)
            {
                var arguments = values.Select(v => v[round % v.Length]).ToArray();
                var text = (string)method.Invoke(texts, arguments)!;
                var placeholders = arguments.SelectMany(a => PlaceholdersOf(a, texts)).Where(p => p.Length > 0).Distinct().ToList();
                yield return new Sample(method.Name, string.Join(", ", arguments.Select(Show)), text, placeholders);
            }
        }

        /// <summary>What of a value passed in must appear, as it is or as the language writes it (a postcode in Arabic-Indic digits).</summary>
        private static IEnumerable<string> PlaceholdersOf(object? argument, CommerceTexts texts) => argument switch
        {
            string s when texts == Arabic && s.Length > 0 && s.All(char.IsAsciiDigit) => [string.Concat(s.Select(c => (char)('\u0660' + (c - '0'))))],
            string s => [s],
            Money m => [texts.Replies.Money(m)],
            Order o => [o.Number, o.ProductName, texts.Replies.Money(o.Total)],
            IReadOnlyList<(string Shop, long Points)> list => list.Select(p => p.Shop),
            IReadOnlyList<string> keywords => keywords,
            _ => [],
        };

        private static object?[] ValuesFor(ParameterInfo parameter, CommerceTexts texts)
        {
            var type = parameter.ParameterType;
            if (type == typeof(string))
            {
                return parameter.Name switch
                {
                    "query" => ["red bike", "vélo rouge"],
                    "shop" => ["Demo Shop", "Café Lune"],
                    "product" or "name" => ["Blue mug", "Space game", "Épée bleue"],
                    "address" => ["12 rue de la Paix, 75002 Paris", "Tabac du Marché, 3 place Voltaire, 75011 Paris"],
                    "postcode" => ["75011", "13001"],
                    "number" => ["DS-4F7K2Q", "KV-9Z3M1A"],
                    "content" => ["https://demo.example/space?key=K42"],
                    "keyword" => ["GAME42"],
                    "code" => ["R7K3QX"],
                    "referrer" => ["Alice (@alice)", "@bob"],
                    "caseId" => ["case-7F3K9Q"],
                    "delivery" =>
                    [
                        .. Nullable.Create(parameter).ReadState == NullabilityState.Nullable ? [null] : Array.Empty<object?>(),
                        .. Enum.GetValues<DeliveryMode>().Select(m => (object?)texts.DescribeDelivery(m, "12 rue de la Paix, 75002 Paris")),
                    ],
                    _ => throw new InvalidOperationException($"No sample values for the string '{parameter.Name}' of {parameter.Member.Name}: add some here."),
                };
            }
            if (type == typeof(int))
            {
                return [.. Counts.Where(c => c <= int.MaxValue).Select(c => (object?)(int)c)];
            }
            if (type == typeof(int?))
            {
                return [null, 0, 1, 2, 3, 5, 6, 11, 100];
            }
            if (type == typeof(long))
            {
                return [.. Counts.Select(c => (object?)c)];
            }
            if (type == typeof(bool))
            {
                return [true, false];
            }
            if (type == typeof(Money))
            {
                return [.. Amounts.Cast<object?>()];
            }
            if (type == typeof(DateTimeOffset))
            {
                return [Now, new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero)];
            }
            if (type.IsEnum)
            {
                return [.. Enum.GetValues(type).Cast<object?>()];
            }
            if (type == typeof(Order))
            {
                return
                [
                    .. Enum.GetValues<OrderStatus>().Select((status, i) => (object?)Order(
                        i % 2 == 0 ? "DS-4F7K2Q" : "KV-9Z3M1A", i % 2 == 0 ? "Blue mug" : "Café Lune beans", i + 1,
                        Amounts[i % Amounts.Length], status, new DateTimeOffset(2026, 12 - (i % 3), 1 + i, 9, 0, 0, TimeSpan.Zero))),
                ];
            }
            if (type == typeof(IReadOnlyList<string>))
            {
                return [new List<string> { "GAME42" }, new List<string> { "GAME42", "JEU42" }];
            }
            if (type == typeof(IReadOnlyList<(string Shop, long Points)>))
            {
                return [.. Enumerable.Range(0, Shops.Length + 1).Select(n => (object?)Shops.Take(n).ToList())];
            }
            throw new InvalidOperationException(
                $"No sample values for parameter '{parameter.Name}' ({type}) of CommerceTexts.{parameter.Member.Name}: add some here.");
        }

        private static string Show(object? value) => value switch
        {
            null => "null",
            string s => $"\"{s}\"",
            Order o => $"Order {o.Number} {o.Status}",
            System.Collections.IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(Show))}]",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
