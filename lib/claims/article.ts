// The article whose claims Caravan checks, and its headline figures as the
// charts mark them. Browser-safe.

export const ARTICLE = {
  title: "China–Central Asian Community of Shared Destiny: Strategic Vector for a New Asian Future",
  publisher: "China Studies Center",
};

/** "trade turnover between China and Central Asian countries reached a record $95 billion in 2024" */
export const ARTICLE_REGION_TOTAL_2024 = { year: 2024, valueUsd: 95e9, quote: "a record $95 billion in 2024" };

/** "trade turnover between Kazakhstan and China exceeded $30 billion" (2024) */
export const ARTICLE_KAZAKHSTAN_2024 = { partner: "KAZ", year: 2024, valueUsd: 30e9, quote: "exceeded $30 billion" };
