using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Documents.Signing;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Proposals;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Startup;

internal static class ServiceRegistration
{
    /// <summary>Application services are stateless: each call opens its own short-lived context.</summary>
    public static IServiceCollection AddEmulationServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CampaignService>();
        services.AddSingleton<YearEndScheduleService>();
        services.AddSingleton<MergedFiguresService>();
        services.AddSingleton<Emulation.Web.Services.Home.HomeService>();
        services.AddSingleton<SubmissionService>();
        services.AddSingleton<PledgedTitleService>();
        services.AddSingleton<SubmissionNotifier>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ProceedingsService>();
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section);
        services.AddSingleton<EvaluationSnapshots>();
        services.AddSingleton<Components.Shared.SharedMarkup>();
        services.AddSingleton<Resources.ExplanationWordings>();
        services.AddSingleton<ReviewDashboardService>();
        services.AddSingleton<Emulation.Web.Services.Audit.RefusalLog>();
        services.AddSingleton<CouncilService>();
        services.AddSingleton<AwardService>();
        services.AddSingleton<CouncilSessionService>();
        services.AddSingleton<Emulation.Web.Services.Consultations.ConsultationService>();
        services.AddSingleton<Emulation.Web.Services.Consultations.WorkingCalendarService>();
        services.AddSingleton<NominationService>();
        services.AddSingleton<CouncilMinutesDocxWriter>();
        services.AddSingleton<DecisionService>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<ReceivingBoardService>();
        services.AddSingleton<RuleSetService>();
        services.AddSingleton<OrganizationService>();
        services.AddSingleton<PeopleService>();
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section);
        services.AddSingleton<PledgeDocxWriter>();
        services.AddSingleton<PledgePdfWriter>();
        services.AddSingleton<PledgeDocumentService>();
        services.AddSingleton<DecisionDocxWriter>();
        services.AddSingleton<DecisionPdfWriter>();
        services.AddSingleton<CertificatePdfWriter>();
        services.AddSingleton<DecisionDocumentService>();
        services.AddSingleton<ProposalLetterDocxWriter>();
        services.AddSingleton<AnnexDocxWriter>();
        services.AddSingleton<ProposalDocumentService>();
        services.AddSingleton<AchievementReportBuilder>();
        services.AddSingleton<AchievementReportDocxWriter>();
        services.AddSingleton<ProposalPackagePdfWriter>();
        services.AddSingleton<AchievementReportService>();
        services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.Section);
        services.TryAddSingleton<IPdfSigner, CertificatePdfSigner>();
        services.AddOptions<SigningOptions>(SigningOptions.Board).BindConfiguration(SigningOptions.BoardSection);
        services.TryAddKeyedSingleton<IPdfSigner>(SigningOptions.Board, (provider, _) => new CertificatePdfSigner(
            Microsoft.Extensions.Options.Options.Create(provider.GetRequiredService<IOptionsMonitor<SigningOptions>>().Get(SigningOptions.Board)),
            provider.GetRequiredService<ILogger<CertificatePdfSigner>>()));
        services.AddSingleton<PdfSigning>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<Services.Records.LookupService>();
        services.AddSingleton<Services.Statistics.StatisticsService>();
        services.AddSingleton<PublicDecisionService>();
        services.AddSingleton<Services.Staff.StaffService>();
        services.AddAdminOnboarding();
        services.AddOptions<ExcelImportOptions>().BindConfiguration(ExcelImportOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExcelImportOptions>>().Value);
        services.AddSingleton<StaffResultsImporter>();
        services.AddSingleton<StaffImportService>();
        services.AddSingleton<StaffListImporter>();
        services.AddSingleton<StaffListImportService>();
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section);
        services.AddSingleton<EvidenceStore>();
        services.AddSingleton<EvidenceService>();
        services.AddSingleton<Services.Sudden.SuddenAwardService>();
        services.AddSingleton<Services.LongService.LongServiceService>();
        services.AddSingleton<EvidenceOrphanSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<EvidenceOrphanSweeper>());
        services.AddScoped<CurrentActor>();
        services.AddScoped<Emulation.Web.Services.Accounts.AccountService>();
        services.AddScoped<EqualTimeSignIn>();
        return services;
    }
}
