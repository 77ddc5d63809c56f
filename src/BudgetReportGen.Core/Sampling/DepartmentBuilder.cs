using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Sampling;

/// <summary>
/// Builds one sample department. The order matters: functional rows first (codes, funding sources, amounts), then what the
/// checks derive from them — income by source, projects per 项 code, “三公” within the general public budget, economic rows
/// per (source, carry-over) group, table 17's tasks, last year's figures with a reason for every change.
/// All amounts are whole fen (<see cref="Fen"/>) until the record is assembled.
/// </summary>
internal sealed class DepartmentBuilder
{
    private const string SpecificTarget = FigureCalculator.SpecificTargetCategory;
    private const string Operating = "其他运转类";

    private readonly DepartmentGenerator _generator;
    private readonly Random _random;
    private readonly int _index;
    private readonly int _year;
    private readonly SampleVariety _variety;
    private readonly Fen _fen;

    private readonly List<RowDraft> _rows = [];
    private readonly List<ProjectDraft> _projects = [];
    private readonly List<EconomicRow> _economicBasic = [];
    private readonly List<EconomicRow> _economicProject = [];
    private IReadOnlyList<string> _names = [];
    private IReadOnlyList<string> _internalUnits = [];
    private ThreePublicDraft _threePublic = new(0, 0, 0, 0);

    public DepartmentBuilder(DepartmentGenerator generator, int seed, int index)
    {
        _generator = generator;
        _random = new Random(seed);
        _index = index;
        _year = generator.Options.Year;
        _variety = SampleVariety.For(index);
        var grain = _variety.Unit == AmountUnit.Yuan
            ? (_variety.Decimals == 0 ? 100L : 1L)
            : _variety.Decimals switch { 6 => 1L, 4 => 100L, _ => 10_000L };
        _fen = new Fen(_random, grain, _variety.Unit);
    }

    private ClassificationCatalog Catalog => _generator.Catalog;

    public BudgetData Build()
    {
        var department = Department();
        DrawRows();
        DrawProjects();
        DrawThreePublic();
        DrawEconomicRows();

        var thisYear = SumBySource(_rows.Where(r => !r.Carryover));
        var carryover = SumBySource(_rows.Where(r => r.Carryover));
        var yearEndCarryover = _variety.YearEndCarryover ? _fen.Between(10_000, 500_000) : 0;
        if (yearEndCarryover > 0) thisYear[FundingSource.GeneralPublicBudget] = thisYear.GetValueOrDefault(FundingSource.GeneralPublicBudget) + yearEndCarryover;
        var total = thisYear.Values.Sum() + carryover.Values.Sum();
        FundingSource[] fiscalSources = [FundingSource.GeneralPublicBudget, FundingSource.GovernmentFund, FundingSource.StateCapital];
        var fiscal = thisYear.Concat(carryover).Where(p => fiscalSources.Contains(p.Key)).Sum(p => p.Value);
        var generalPublicPublic = _rows.Where(IsGeneralPublicThisYear).Sum(r => r.Public);

        var lastTotal = LastYearOf(total, allowNew: false);
        var lastFiscal = LastYearOf(fiscal, allowNew: false);
        var lastOperating = LastYearOf(generalPublicPublic, allowNew: true);
        var projects = _projects.Select(ToProject).ToList();

        return new BudgetData
        {
            Year = _year,
            Unit = _variety.Unit,
            PublishDate = new DateOnly(_year, _random.Next(1, 4), _random.Next(1, 29)),
            Department = department,
            Duties = Pick(SampleTexts.Duties, _random.Next(1, 9)),
            Organisation = new Organisation
            {
                Statement = $"按照预算编制有关规定，{_names[0]}{string.Concat(_names.Skip(1).Select(n => $"（{n}）"))}收支均包含在单位预算中。",
                InternalUnits = _internalUnits,
                Branches = _variety.Branches ? Pick(SampleTexts.Branches, _random.Next(1, SampleTexts.Branches.Length + 1)) : [],
            },
            Income = new Income
            {
                ThisYear = InUnit(thisYear),
                Carryover = InUnit(carryover),
                StatedTotal = _variety.StatedTotals ? Amount(thisYear.Values.Sum()) : null,
            },
            YearEndCarryover = Amount(yearEndCarryover),
            Expenditures = _rows.Select(ToFunctionalRow).ToList(),
            EconomicBasic = _economicBasic.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Source).ThenBy(r => r.Carryover).ToList(),
            EconomicProject = _economicProject.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Source).ThenBy(r => r.Carryover).ToList(),
            StatedSubtotals = _variety.StatedTotals ? StatedSubtotals() : [],
            ThreePublic = ThreePublic(),
            OperatingCosts = new ComparedAmount
            {
                Amount = Amount(generalPublicPublic), LastYear = AmountOrNull(lastOperating), Reason = ReasonFor(generalPublicPublic, lastOperating),
            },
            Procurement = Procurement(projects.Sum(p => p.Procurement)),
            PurchasedServices = projects.Sum(p => p.PurchasedServices),
            Debt = projects.Sum(p => p.Debt),
            Assets = Assets(),
            Projects = projects,
            Performance = Performance(),
            LastYear = new LastYear { Total = AmountOrNull(lastTotal), FiscalTotal = AmountOrNull(lastFiscal) },
            Reasons = new Reasons { Total = ReasonFor(total, lastTotal), Fiscal = ReasonFor(fiscal, lastFiscal) },
            Notes = _variety.Notes ? [SampleTexts.Notes[_random.Next(SampleTexts.Notes.Length)]] : [],
        };
    }

    // ── The department ─────────────────────────────────────────────

    private Department Department()
    {
        var place = _variety.RareCharacters && _random.Next(2) == 0
            ? One(SampleTexts.RarePlaces)
            : One(SampleTexts.Places);
        var body = One(SampleTexts.Departments(_variety.Kind));
        if (_variety.RareCharacters && !SampleTexts.RareCharacters.Any(place.Contains))
            body = One(SampleTexts.RareCharacters) + body;
        var names = new List<string> { place + body };
        var extra = _random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 };
        foreach (var second in Pick(SampleTexts.SecondNames, extra)) names.Add(place + second);
        _names = names;
        _internalUnits = _variety.InternalUnits ? Pick(SampleTexts.InternalUnits, _random.Next(1, SampleTexts.InternalUnits.Length + 1)) : [];
        return new Department
        {
            Names = names,
            Code = _random.Next(0, 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture),
            RegionCode = _random.Next(5) == 0 ? "" : $"21{_random.Next(1, 15):00}00000",
            Kind = _variety.Kind,
            Supervisor = place + (_variety.Kind == UnitKind.Administrative ? "人民政府" : One(SampleTexts.Supervisors)),
        };
    }

    // ── Functional rows ────────────────────────────────────────────

    private sealed class RowDraft(string code, string name, FundingSource source, bool carryover)
    {
        public string Code { get; } = code;
        public string Name { get; } = name;
        public FundingSource Source { get; } = source;
        public bool Carryover { get; } = carryover;
        public long Personnel { get; set; }
        public long Public { get; set; }
        public long Project { get; set; }
        public long Total => Personnel + Public + Project;
    }

    private static bool IsGeneralPublicThisYear(RowDraft r) => r.Source == FundingSource.GeneralPublicBudget && !r.Carryover;

    /// <summary>Project codes: the 项 codes whose rows carry project money, each with the projects booked under it.</summary>
    private readonly Dictionary<string, List<ProjectDraft>> _projectsByCode = new(StringComparer.Ordinal);

    private void DrawRows()
    {
        var items = _generator.ItemCodes;
        var carryoverRows = _variety.Carryover ? _random.Next(1, 4) : 0;
        var wanted = _index % 13 == 6 ? _random.Next(100, SampleOptions.MaxRows + 1)
            : _index % 11 == 0 ? 1
            : _random.Next(2, 41);
        var dealt = _generator.DealtCodes(_index);
        var distinct = Math.Clamp(wanted - carryoverRows, dealt.Count, Math.Min(items.Count, SampleOptions.MaxRows - carryoverRows));
        distinct = Math.Max(distinct, Math.Min(dealt.Count, SampleOptions.MaxRows));
        var codes = new SortedSet<string>(dealt, StringComparer.Ordinal);
        while (codes.Count < distinct) codes.Add(items[_random.Next(items.Count)].Code);

        var codeList = codes.ToList();
        var anchor = _random.Next(codeList.Count); // a general-public-budget row with both 人员经费 and 公用经费
        for (var i = 0; i < codeList.Count; i++)
            _rows.Add(new RowDraft(codeList[i], NameOf(codeList[i]), i == anchor ? FundingSource.GeneralPublicBudget : SourceOfRow(), false));
        var anchorRow = _rows[anchor];
        if (_variety.GovernmentFunds && _rows.Count >= 3)
        {
            // At least one row of each, so tables 8 and 9 have data.
            if (_rows.All(r => r.Source != FundingSource.GovernmentFund))
                Replace(_rows.FindIndex(r => r.Source == FundingSource.GeneralPublicBudget && r != anchorRow), FundingSource.GovernmentFund);
            if (_rows.All(r => r.Source != FundingSource.StateCapital))
                Replace(_rows.FindLastIndex(r => r.Source == FundingSource.GeneralPublicBudget && r != anchorRow), FundingSource.StateCapital);
        }
        foreach (var code in Pick(codeList, Math.Min(carryoverRows, codeList.Count)))
            _rows.Add(new RowDraft(code, NameOf(code), _random.Next(4) == 0 && _variety.GovernmentFunds ? FundingSource.GovernmentFund : FundingSource.GeneralPublicBudget, true));

        // Which codes carry projects, and how many projects each.
        var projectCount = _index % 7 == 0 ? 0 : _random.Next(10) < 7 ? _random.Next(1, 9) : _random.Next(9, SampleOptions.MaxProjects + 1);
        if (projectCount > 0)
        {
            var codesWithProjects = Pick(codeList, Math.Min(codeList.Count, _random.Next(1, projectCount + 1)));
            for (var p = 0; p < projectCount; p++)
            {
                var code = p < codesWithProjects.Count ? codesWithProjects[p] : codesWithProjects[_random.Next(codesWithProjects.Count)];
                var project = new ProjectDraft(code);
                _projects.Add(project);
                if (!_projectsByCode.TryGetValue(code, out var list)) _projectsByCode[code] = list = [];
                list.Add(project);
            }
        }

        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            var hasProjects = _projectsByCode.ContainsKey(row.Code);
            if (row == anchorRow)
            {
                row.Personnel = _fen.Between(50_000, 8_000_000);
                row.Public = _fen.Between(20_000, 1_000_000);
            }
            else if (row.Carryover || (hasProjects && _random.Next(10) < 6))
            {
                if (!hasProjects) row.Public = _fen.Between(5_000, 200_000); // carried-over money of a code without projects
            }
            else
            {
                switch (_random.Next(10))
                {
                    case < 5: row.Personnel = _fen.Between(10_000, 3_000_000); break;
                    case < 8: row.Personnel = _fen.Between(10_000, 3_000_000); row.Public = _fen.Between(5_000, 500_000); break;
                    default: row.Public = _fen.Between(5_000, 500_000); break;
                }
            }
            if (hasProjects && (row != anchorRow || _random.Next(2) == 0)) row.Project = _fen.Between(50_000, 20_000_000);
        }
        // Every code with projects has project money in at least one row.
        foreach (var code in _projectsByCode.Keys)
            if (_rows.Where(r => r.Code == code).All(r => r.Project == 0))
                _rows.First(r => r.Code == code).Project = _fen.Between(50_000, 20_000_000);

        _rows.Sort((a, b) =>
        {
            var order = string.CompareOrdinal(a.Code, b.Code);
            if (order == 0) order = a.Carryover.CompareTo(b.Carryover);
            return order != 0 ? order : a.Source.CompareTo(b.Source);
        });

        void Replace(int index, FundingSource source)
        {
            if (index < 0) return;
            var old = _rows[index];
            _rows[index] = new RowDraft(old.Code, old.Name, source, old.Carryover);
        }
    }

    private FundingSource SourceOfRow()
    {
        var roll = _random.Next(100);
        if (_variety.GovernmentFunds && roll < 15) return FundingSource.GovernmentFund;
        if (_variety.GovernmentFunds && roll < 22) return FundingSource.StateCapital;
        if (_variety.UnitFunds && roll >= 80)
            return (FundingSource)_random.Next((int)FundingSource.FiscalSpecialAccount, (int)FundingSource.OtherIncome + 1);
        return FundingSource.GeneralPublicBudget;
    }

    private string NameOf(string code) => Catalog.Functional.NameOf(code) ?? code;

    private static Dictionary<FundingSource, long> SumBySource(IEnumerable<RowDraft> rows) =>
        rows.GroupBy(r => r.Source).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Total));

    private FunctionalRow ToFunctionalRow(RowDraft row)
    {
        var last = _variety.RowComparisons ? LastYearOf(row.Total, allowNew: true) : null;
        return new FunctionalRow
        {
            Code = row.Code,
            Name = row.Name,
            Personnel = Amount(row.Personnel),
            Public = Amount(row.Public),
            Project = Amount(row.Project),
            Source = row.Source,
            Carryover = row.Carryover,
            LastYear = AmountOrNull(last),
            Reason = ReasonFor(row.Total, last),
            StatedTotal = _variety.StatedTotals && _random.Next(3) == 0 ? Amount(row.Total) : null,
        };
    }

    private IReadOnlyList<StatedSubtotal> StatedSubtotals()
    {
        var list = new List<StatedSubtotal>
        {
            new() { Classification = SubtotalClassification.Functional, Code = "", Total = Amount(_rows.Sum(r => r.Total)) },
        };
        foreach (var group in _rows.GroupBy(r => r.Code[..3]).Take(3))
            list.Add(new() { Classification = SubtotalClassification.Functional, Code = group.Key, Total = Amount(group.Sum(r => r.Total)) });
        list.Add(new() { Classification = SubtotalClassification.EconomicBasic, Code = "", Total = Amount(_rows.Sum(r => r.Personnel + r.Public)) });
        if (_economicProject.Count > 0)
            list.Add(new() { Classification = SubtotalClassification.EconomicProject, Code = "", Total = _economicProject.Sum(r => r.Project) });
        return list;
    }

    // ── Projects ───────────────────────────────────────────────────

    private sealed class ProjectDraft(string code)
    {
        public string Code { get; } = code;
        public Dictionary<FundingSource, long> ThisYear { get; } = [];
        public Dictionary<FundingSource, long> Carryover { get; } = [];
        public long Total => ThisYear.Values.Sum() + Carryover.Values.Sum();

        public void Add(FundingSource source, bool carryover, long amount)
        {
            var target = carryover ? Carryover : ThisYear;
            target[source] = target.GetValueOrDefault(source) + amount;
        }
    }

    /// <summary>Each code's project money goes to its projects: the first row is split among all of them (so each has money),
    /// any further row (another source, or carried over) goes whole to one of them.</summary>
    private void DrawProjects()
    {
        foreach (var (code, projects) in _projectsByCode)
        {
            var rows = _rows.Where(r => r.Code == code && r.Project > 0).ToList();
            var shares = _fen.Split(rows[0].Project, projects.Count);
            for (var i = 0; i < shares.Count; i++) projects[i].Add(rows[0].Source, rows[0].Carryover, shares[i]);
            if (shares.Count < projects.Count) // too little money to split: merge the projects that got none
            {
                foreach (var empty in projects.Skip(shares.Count).ToList()) _projects.Remove(empty);
                projects.RemoveRange(shares.Count, projects.Count - shares.Count);
            }
            foreach (var row in rows.Skip(1)) projects[_random.Next(projects.Count)].Add(row.Source, row.Carryover, row.Project);
        }
    }

    private readonly HashSet<string> _projectNames = new(StringComparer.Ordinal);

    private Project ToProject(ProjectDraft draft)
    {
        var total = draft.Total;
        var specific = _random.Next(10) < 6;
        var indicators = specific ? _random.Next(3, 9) : _random.Next(2) == 0 ? 0 : _random.Next(2, 6);
        var special = _random.Next(10) < 4;
        return new Project
        {
            Name = ProjectName(),
            Unit = _internalUnits.Count > 0 && _random.Next(4) == 0 ? _names[0] + One(_internalUnits) : "",
            Category = specific ? SpecificTarget : Operating,
            FunctionalCode = _variety.ProjectCodes ? draft.Code : "",
            ThisYear = InUnit(draft.ThisYear),
            Carryover = InUnit(draft.Carryover),
            SpecialFund = special,
            SpecialFundAllocated = special && _random.Next(2) == 0 ? Amount(_fen.Part(total, (decimal)_random.Next(0, 101) / 100)) : null,
            Procurement = _random.Next(10) < 3 ? Amount(_fen.Part(total, (decimal)_random.Next(10, 101) / 100)) : 0,
            PurchasedServices = _random.Next(10) < 2 ? Amount(_fen.Part(total, (decimal)_random.Next(10, 101) / 100)) : 0,
            Debt = _random.Next(10) == 0 ? Amount(_fen.Part(total, (decimal)_random.Next(10, 101) / 100)) : 0,
            Goal = _random.Next(8) == 0 ? "" : One(SampleTexts.Goals),
            Indicators = Indicators(SampleTexts.Indicators, indicators),
        };
    }

    private string ProjectName()
    {
        var topic = _variety.RareCharacters && _random.Next(3) == 0 ? One(SampleTexts.RareProjectTopics) : One(SampleTexts.ProjectTopics);
        var name = topic + One(SampleTexts.ProjectSuffixes);
        for (var n = 2; !_projectNames.Add(name); n++) name = $"{topic}{One(SampleTexts.ProjectSuffixes)}（{n}）";
        return name;
    }

    private IReadOnlyList<Indicator> Indicators(
        IReadOnlyList<(string Level1, string Level2, string Name, string Operator, string Value, string Unit)> pool, int count)
    {
        // A subset in the pool's order, so rows of one 一级/二级 indicator stay together (the table merges them).
        var chosen = Pick(Enumerable.Range(0, pool.Count).ToList(), Math.Min(count, pool.Count)).Order();
        return chosen.Select(i => new Indicator
        {
            Level1 = pool[i].Level1, Level2 = pool[i].Level2, Name = pool[i].Name, Operator = pool[i].Operator,
            Value = pool[i].Value, MeasureUnit = pool[i].Unit, Deadline = $"{_year}-{(_random.Next(4) == 0 ? _random.Next(6, 12) : 12):00}",
        }).ToList();
    }

    private Procurement Procurement(decimal total)
    {
        // Split in the file's unit: goods and works as round parts, services the rest (exact).
        var goods = decimal.Round(total * _random.Next(0, 101) / 100, 2, MidpointRounding.ToZero);
        var works = decimal.Round((total - goods) * _random.Next(0, 101) / 100, 2, MidpointRounding.ToZero);
        return new Procurement { Goods = goods, Works = works, Services = total - goods - works };
    }

    // ── “三公” ─────────────────────────────────────────────────────

    private sealed record ThreePublicDraft(long Outbound, long VehiclePurchase, long VehicleOperation, long Reception);

    private void DrawThreePublic()
    {
        if (_variety.ThreePublic is not ThreePublicShape.Some) return;
        var room = _fen.Part(_rows.Where(IsGeneralPublicThisYear).Sum(r => r.Public), 0.3m);
        long Take(int percent, long minYuan, long maxYuan)
        {
            if (_random.Next(100) >= percent) return 0;
            var amount = _fen.Between(minYuan, maxYuan);
            if (amount > room) amount = _fen.Part(room, 0.5m);
            room -= amount;
            return amount;
        }
        var outbound = Take(30, 5_000, 100_000);
        var reception = Take(70, 2_000, 50_000);
        var operation = _variety.Vehicles ? Take(70, 10_000, 200_000) : 0;
        var projectRoom = _fen.Part(_rows.Where(IsGeneralPublicThisYear).Sum(r => r.Project), 0.5m);
        var purchase = _variety.Vehicles && _random.Next(4) == 0 ? Math.Min(_fen.Between(100_000, 400_000), projectRoom) : 0;
        _threePublic = new ThreePublicDraft(outbound, purchase, operation, reception);
    }

    private ThreePublicExpenses ThreePublic()
    {
        var t = _threePublic;
        if (_variety.ThreePublic == ThreePublicShape.Absent) return new ThreePublicExpenses();
        long? Last(long amount, bool possible) => _variety.ThreePublic switch
        {
            ThreePublicShape.AllZero => _variety.FirstYear ? null : 0,
            ThreePublicShape.DroppedToZero => possible ? _fen.Between(5_000, 100_000) : 0,
            _ => LastYearOf(amount, allowNew: true),
        };
        var items = new (long Amount, long? Last)[]
        {
            (t.Outbound, Last(t.Outbound, true)), (t.VehiclePurchase, Last(t.VehiclePurchase, _variety.Vehicles)),
            (t.VehicleOperation, Last(t.VehicleOperation, _variety.Vehicles)), (t.Reception, Last(t.Reception, true)),
        };
        ComparedAmount Item(int i) => new() { Amount = Amount(items[i].Amount), LastYear = AmountOrNull(items[i].Last), Reason = ReasonFor(items[i].Amount, items[i].Last) };
        (long Amount, long? Last) Combined(params int[] parts) =>
            (parts.Sum(i => items[i].Amount), parts.All(i => items[i].Last is not null) ? parts.Sum(i => items[i].Last!.Value) : null);
        var all = Combined(0, 1, 2, 3);
        var vehicle = Combined(1, 2);
        return new ThreePublicExpenses
        {
            Outbound = Item(0),
            VehiclePurchase = Item(1),
            VehicleOperation = Item(2),
            Reception = Item(3),
            Reason = ReasonFor(all.Amount, all.Last),
            VehicleReason = ReasonFor(vehicle.Amount, vehicle.Last),
            StatedTotal = _variety.StatedTotals ? Amount(all.Amount) : null,
            StatedVehicleTotal = _variety.StatedTotals ? Amount(vehicle.Amount) : null,
        };
    }

    // ── Economic rows ──────────────────────────────────────────────

    /// <summary>For each (source, carry-over) group of rows, 人员经费, 公用经费 and 项目支出 spread over economic 款 of that group
    /// (table 6 and the economic-vs-functional checks compare them group by group); the “三公” 款 only in the general public
    /// budget of this year, with exactly the 三公 amounts.</summary>
    private void DrawEconomicRows()
    {
        foreach (var group in _rows.GroupBy(r => (r.Source, r.Carryover)).OrderBy(g => g.Key.Source).ThenBy(g => g.Key.Carryover))
        {
            var (source, carryover) = group.Key;
            var mainGroup = source == FundingSource.GeneralPublicBudget && !carryover;
            Spread(_economicBasic, _generator.PersonnelCodes, group.Sum(r => r.Personnel), source, carryover, (row, amount) => row with { Personnel = amount });

            var publicTotal = group.Sum(r => r.Public);
            var projectTotal = group.Sum(r => r.Project);
            if (mainGroup)
            {
                publicTotal -= Carve(_economicBasic, "30212", _threePublic.Outbound, (row, amount) => row with { Public = amount });
                publicTotal -= Carve(_economicBasic, "30217", _threePublic.Reception, (row, amount) => row with { Public = amount });
                publicTotal -= Carve(_economicBasic, "30231", _threePublic.VehicleOperation, (row, amount) => row with { Public = amount });
                projectTotal -= Carve(_economicProject, "31013", _threePublic.VehiclePurchase, (row, amount) => row with { Project = amount });
            }
            Spread(_economicBasic, _generator.PublicCodes, publicTotal, source, carryover, (row, amount) => row with { Public = amount });
            Spread(_economicProject, _generator.ProjectCodes, projectTotal, source, carryover, (row, amount) => row with { Project = amount });
        }
    }

    private long Carve(List<EconomicRow> list, string code, long amount, Func<EconomicRow, decimal, EconomicRow> set)
    {
        var name = Catalog.EconomicDepartment.NameOf(code);
        if (amount == 0 || name is null) return 0;
        list.Add(set(new EconomicRow { Code = code, Name = name }, Amount(amount)));
        return amount;
    }

    private void Spread(List<EconomicRow> list, IReadOnlyList<ClassificationEntry> pool, long total, FundingSource source, bool carryover,
        Func<EconomicRow, decimal, EconomicRow> set)
    {
        if (total <= 0) return;
        var parts = _fen.Split(total, _random.Next(1, Math.Min(8, pool.Count) + 1));
        var codes = Pick(pool, parts.Count);
        for (var i = 0; i < parts.Count; i++)
            list.Add(set(new EconomicRow { Code = codes[i].Code, Name = codes[i].Name, Source = source, Carryover = carryover }, Amount(parts[i])));
    }

    // ── Assets, performance ────────────────────────────────────────

    private Assets Assets()
    {
        var vehicles = _variety.Vehicles
            ? new Vehicles
            {
                General = _random.Next(1, 9), LawEnforcement = _variety.Kind == UnitKind.Institution ? 0 : _random.Next(0, 6),
                SpecialTechnical = _random.Next(0, 3), Other = _random.Next(0, 2),
            }
            : new Vehicles();
        var purchase = _threePublic.VehiclePurchase;
        return new Assets
        {
            AsOf = _variety.AssetsDate ? $"{_year - 1}-12" : "",
            Vehicles = vehicles,
            GeneralEquipmentOver50 = _random.Next(3) == 0 ? _random.Next(1, 6) : 0,
            SpecialEquipmentOver100 = _random.Next(4) == 0 ? _random.Next(1, 4) : 0,
            PlannedVehiclePurchases = purchase > 0 ? _random.Next(1, 3) : 0,
            PlannedVehiclePurchaseAmount = Amount(purchase),
        };
    }

    private DepartmentPerformance Performance()
    {
        if (!_variety.PerformanceTargets) return new DepartmentPerformance();
        var basic = _rows.Sum(r => r.Personnel + r.Public);
        string[] taskNames = ["基本支出人员经费（保工资）", "基本支出人员经费（刚性）", "基本支出公用经费（保运转）", "基本支出公用经费（其他）"];
        var tasks = _fen.Split(basic, _random.Next(1, taskNames.Length + 1))
            .Select((amount, i) => new PerformanceTask { Name = taskNames[i], Amount = Amount(amount) }).ToList();
        var projects = _rows.Sum(r => r.Project);
        if (_variety.TasksIncludeProjects && projects > 0) tasks.Add(new PerformanceTask { Name = "项目支出（保重点）", Amount = Amount(projects) });
        return new DepartmentPerformance
        {
            Tasks = tasks,
            Goals = Pick(SampleTexts.Duties, _random.Next(1, 5)),
            Indicators = Indicators(SampleTexts.DepartmentIndicators, _random.Next(3, SampleTexts.DepartmentIndicators.Length + 1)),
        };
    }

    // ── Last year and reasons ──────────────────────────────────────

    /// <summary>Last year's figure for <paramref name="current"/>: none in a first year; else equal, lower, higher, or 0 (新增).</summary>
    private long? LastYearOf(long current, bool allowNew)
    {
        if (_variety.FirstYear) return null;
        if (current == 0) return _random.Next(2) == 0 ? 0 : _fen.Between(5_000, 100_000);
        return _random.Next(10) switch
        {
            < 2 => current,
            < 6 => Math.Max(_fen.Grain, current - _fen.Part(current, _random.Next(5, 31) / 100m)),
            < 9 => current + Math.Max(_fen.Grain, _fen.Part(current, _random.Next(5, 31) / 100m)),
            _ => allowNew ? 0 : current,
        };
    }

    /// <summary>A reason sentence whenever the change needs one (增加, 减少, 新增), none when flat or not compared.</summary>
    private string? ReasonFor(long current, long? last)
    {
        var change = new YearOnYearChange(current, last);
        if (!change.NeedsReason) return null;
        return change.Direction switch
        {
            ChangeDirection.New => One(SampleTexts.News),
            ChangeDirection.Increase => One(SampleTexts.Increases),
            _ => One(SampleTexts.Decreases),
        };
    }

    // ── Helpers ────────────────────────────────────────────────────

    private decimal Amount(long fen) => _fen.InUnit(fen);

    private decimal? AmountOrNull(long? fen) => fen is { } value ? _fen.InUnit(value) : null;

    private Dictionary<FundingSource, decimal> InUnit(Dictionary<FundingSource, long> amounts) =>
        amounts.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => Amount(p.Value));

    private T One<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in random order.</summary>
    private List<T> Pick<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < Math.Min(count, indexes.Length); i++)
        {
            var j = _random.Next(i, indexes.Length);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }
        return indexes.Take(count).Select(i => items[i]).ToList();
    }
}
