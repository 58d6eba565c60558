// Generated from the gateway's OpenAPI document (apps/gateway route table + libs/contracts schemas).
// Do not edit: run `npx nx run api-client:generate` (a test fails while this file is stale).

export type paths = {
    "/api/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys that verify access tokens (current and previous) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                /** @constant */
                                alg: "ES256";
                                /** @constant */
                                crv: "P-256";
                                kid: string;
                                /** @constant */
                                kty: "EC";
                                /** @constant */
                                use: "sig";
                                x: string;
                                y: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of security-relevant and admin actions, filtered, newest first */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    outcome?: "success" | "failure" | "denied";
                    targetId?: string;
                    targetType?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId?: string;
                                actorRoles: string[];
                                correlationId?: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                ip?: string;
                                occurredAt: string;
                                /** @enum {string} */
                                outcome: "success" | "failure" | "denied";
                                targetId?: string;
                                targetType?: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/cod/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cash-on-delivery reconciliation queue (?status=open|resolved): couriers' remittance lines that did not match what they collected (short, missing, over, unknown, duplicate) and partial deliveries' uncollected cash, each with the difference */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "open" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                consignmentId: string;
                                courier: string;
                                createdAt: string;
                                differencePoisha: number;
                                expectedPoisha: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "short" | "missing" | "over" | "unknown" | "duplicate" | "uncollected";
                                packageId: string | null;
                                remittanceId: string | null;
                                resolution: string | null;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                settledPoisha: number;
                                /** @enum {string} */
                                status: "open" | "resolved";
                                vendorId: string | null;
                            }[];
                            totalDifferencePoisha: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/cod/reconciliation/{itemId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a cash-on-delivery difference, saying what finance did about it (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consignmentId: string;
                            courier: string;
                            createdAt: string;
                            differencePoisha: number;
                            expectedPoisha: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "short" | "missing" | "over" | "unknown" | "duplicate" | "uncollected";
                            packageId: string | null;
                            remittanceId: string | null;
                            resolution: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            settledPoisha: number;
                            /** @enum {string} */
                            status: "open" | "resolved";
                            vendorId: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/commission-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commission rules in force (?includeInactive=true for the replaced ones) and the VAT rate on commission */
        get: {
            parameters: {
                query?: {
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                categorySlug: string | null;
                                createdAt: string;
                                createdBy: string;
                                deactivatedAt: string | null;
                                deactivatedBy: string | null;
                                id: string;
                                minimumPoisha: number;
                                rateBps: number;
                                /** @enum {string} */
                                scope: "vendor_category" | "vendor" | "category" | "marketplace";
                                vendorId: string | null;
                            }[];
                            vatRateBps: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** A commission rule for a vendor, a category, both, or the marketplace; replaces that scope's rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categorySlug?: string | null;
                        minimumPoisha?: number;
                        rateBps: number;
                        vendorId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            categorySlug: string | null;
                            createdAt: string;
                            createdBy: string;
                            deactivatedAt: string | null;
                            deactivatedBy: string | null;
                            id: string;
                            minimumPoisha: number;
                            rateBps: number;
                            /** @enum {string} */
                            scope: "vendor_category" | "vendor" | "category" | "marketplace";
                            vendorId: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/commission-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deactivates a commission rule (sold lines keep their frozen terms; the marketplace default stays) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ruleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            categorySlug: string | null;
                            createdAt: string;
                            createdBy: string;
                            deactivatedAt: string | null;
                            deactivatedBy: string | null;
                            id: string;
                            minimumPoisha: number;
                            rateBps: number;
                            /** @enum {string} */
                            scope: "vendor_category" | "vendor" | "category" | "marketplace";
                            vendorId: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the token signing key now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kid: string;
                            previousKid?: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/ledger/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every ledger account's debits, credits and balance, and the proof that they sum to zero */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                account: string;
                                balancePoisha: number;
                                /** @enum {string} */
                                class: "asset" | "liability" | "revenue" | "expense";
                                creditPoisha: number;
                                debitPoisha: number;
                                kind: string;
                                normalBalancePoisha: number;
                                /** @enum {string} */
                                normalSide: "debit" | "credit";
                            }[];
                            asOf: string;
                            postingCount: number;
                            totals: {
                                balanced: boolean;
                                creditPoisha: number;
                                debitPoisha: number;
                                sumPoisha: number;
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/ledger/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's ledger postings (?orderId=), oldest first, each with its debit and credit entries */
        get: {
            parameters: {
                query: {
                    orderId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                entries: {
                                    account: string;
                                    amountPoisha: number;
                                    /** @enum {string} */
                                    side: "debit" | "credit";
                                }[];
                                id: string;
                                kind: string;
                                occurredAt: string;
                                reference: {
                                    [key: string]: string;
                                };
                                reverses: string | null;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search every order by number or phone (q), status, vendor and placement time */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    q?: string;
                    status?: "pending_payment" | "confirmed" | "completed" | "cancelled";
                    to?: string;
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cancelReason: ("shopper_requested" | "stock_unavailable" | "payment_failed" | "checkout_timed_out" | "admin_decision" | "all_packages_failed") | null;
                                /** Format: uuid */
                                id: string;
                                orderNumber: string;
                                packages: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                                    /** Format: uuid */
                                    vendorId: string;
                                }[];
                                /** @enum {string} */
                                paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                                phone: string;
                                /** Format: date-time */
                                placedAt: string;
                                shopperId: string | null;
                                /** @enum {string} */
                                status: "pending_payment" | "confirmed" | "completed" | "cancelled";
                                totalPoisha: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{orderId}/saga": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where an order's checkout saga stands: status, the step it waits on or failed at, its deadline and times */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelReason: string | null;
                            deadlineAt: string | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            orderId: string;
                            paymentId: string | null;
                            reservationId: string | null;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "cancelled";
                            step: ("reserve_stock" | "take_payment" | "confirm_order") | null;
                            undoneLate: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/payouts/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a payout batch now: every vendor owed at least the minimum for deliveries past the delay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            carriedOver: {
                                duePoisha: number;
                                payableBalancePoisha: number;
                                /** @enum {string} */
                                reason: "nothing_due" | "below_minimum";
                                vendorId: string;
                            }[];
                            delayDays: number;
                            minimumPayoutPoisha: number;
                            payouts: {
                                amountPoisha: number;
                                /** Format: uuid */
                                id: string;
                                initiatedAt: string;
                                /** @enum {string} */
                                method: "bkash" | "nagad" | "bank";
                                /** Format: uuid */
                                runId: string;
                                settledAt: string | null;
                                /** @enum {string} */
                                status: "initiated" | "settled";
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                            /** Format: uuid */
                            runId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/{productId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a product: it goes on sale when its shop is active */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/{productId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a product waiting for review, or take a published one down, with a reason for the vendor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve up to 500 products waiting for review in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        productIds: string[];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                productId: string;
                                /** @enum {string} */
                                status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                                version: number;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products waiting for review, oldest submission first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                brand?: string;
                                categoryPath: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                image?: {
                                    alt: {
                                        bn?: string;
                                        en: string;
                                    };
                                    /** Format: uri */
                                    url: string;
                                };
                                imageUrl?: string;
                                inStock: boolean;
                                moderation?: {
                                    decidedAt?: string;
                                    reason?: string;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                    maxAmountPoisha?: number;
                                };
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                                title: {
                                    bn?: string;
                                    en?: string;
                                };
                                updatedAt: string;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rate-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery rate card: zone × weight slab prices and the COD percentage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codFeeBasisPoints: number;
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                            zones: {
                                outside_dhaka: {
                                    perExtraKgPoisha: number;
                                    upTo1kgPoisha: number;
                                    upTo2kgPoisha: number;
                                    upTo500gPoisha: number;
                                };
                                same_city: {
                                    perExtraKgPoisha: number;
                                    upTo1kgPoisha: number;
                                    upTo2kgPoisha: number;
                                    upTo500gPoisha: number;
                                };
                                suburb: {
                                    perExtraKgPoisha: number;
                                    upTo1kgPoisha: number;
                                    upTo2kgPoisha: number;
                                    upTo500gPoisha: number;
                                };
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace the delivery rate card; the next quote uses it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codFeeBasisPoints: number;
                        zones: {
                            outside_dhaka: {
                                perExtraKgPoisha: number;
                                upTo1kgPoisha: number;
                                upTo2kgPoisha: number;
                                upTo500gPoisha: number;
                            };
                            same_city: {
                                perExtraKgPoisha: number;
                                upTo1kgPoisha: number;
                                upTo2kgPoisha: number;
                                upTo500gPoisha: number;
                            };
                            suburb: {
                                perExtraKgPoisha: number;
                                upTo1kgPoisha: number;
                                upTo2kgPoisha: number;
                                upTo500gPoisha: number;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codFeeBasisPoints: number;
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string | null;
                            version: number;
                            zones: {
                                outside_dhaka: {
                                    perExtraKgPoisha: number;
                                    upTo1kgPoisha: number;
                                    upTo2kgPoisha: number;
                                    upTo500gPoisha: number;
                                };
                                same_city: {
                                    perExtraKgPoisha: number;
                                    upTo1kgPoisha: number;
                                    upTo2kgPoisha: number;
                                    upTo500gPoisha: number;
                                };
                                suburb: {
                                    perExtraKgPoisha: number;
                                    upTo1kgPoisha: number;
                                    upTo2kgPoisha: number;
                                    upTo500gPoisha: number;
                                };
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refunds by status (manual_pending: the manual refunds finance must pay) or order */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    orderId?: string;
                    status?: "pending" | "manual_pending" | "completed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountPoisha: number;
                                attempts: number;
                                completedAt: string | null;
                                completedBy: string | null;
                                createdAt: string;
                                deadlineAt: string;
                                deliveryPoisha: number;
                                goodsPoisha: number;
                                /** Format: uuid */
                                id: string;
                                lastError: string | null;
                                manual: boolean;
                                /** @enum {string} */
                                method: "cod" | "bkash" | "nagad" | "sslcommerz";
                                note: string | null;
                                /** Format: uuid */
                                orderId: string;
                                overdue: boolean;
                                /** Format: uuid */
                                packageId: string;
                                paymentId: string | null;
                                providerRef: string | null;
                                /** @enum {string} */
                                reason: "shopper_cancelled" | "vendor_cancelled" | "out_of_stock" | "undelivered" | "returned" | "damaged_or_wrong_item" | "other";
                                requestedBy: string;
                                /** @enum {string} */
                                status: "pending" | "manual_pending" | "completed";
                                /** @enum {string} */
                                timing: "before_delivery" | "after_delivery";
                                /** @enum {string} */
                                trigger: "cancellation" | "delivery_failed" | "return_received" | "complaint_resolved";
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Refund a package (an amount or "full"): never more than was paid, within 10 days; 409 above that */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountPoisha: number | "full";
                        note?: string;
                        /** Format: uuid */
                        orderId: string;
                        /** Format: uuid */
                        packageId: string;
                        /** @enum {string} */
                        reason: "shopper_cancelled" | "vendor_cancelled" | "out_of_stock" | "undelivered" | "returned" | "damaged_or_wrong_item" | "other";
                        /** Format: uuid */
                        refundId?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountPoisha: number;
                            attempts: number;
                            completedAt: string | null;
                            completedBy: string | null;
                            createdAt: string;
                            deadlineAt: string;
                            deliveryPoisha: number;
                            goodsPoisha: number;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            manual: boolean;
                            /** @enum {string} */
                            method: "cod" | "bkash" | "nagad" | "sslcommerz";
                            note: string | null;
                            /** Format: uuid */
                            orderId: string;
                            overdue: boolean;
                            /** Format: uuid */
                            packageId: string;
                            paymentId: string | null;
                            providerRef: string | null;
                            /** @enum {string} */
                            reason: "shopper_cancelled" | "vendor_cancelled" | "out_of_stock" | "undelivered" | "returned" | "damaged_or_wrong_item" | "other";
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "manual_pending" | "completed";
                            /** @enum {string} */
                            timing: "before_delivery" | "after_delivery";
                            /** @enum {string} */
                            trigger: "cancellation" | "delivery_failed" | "return_received" | "complaint_resolved";
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/refunds/{refundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A refund: amount, split, deadline, status, provider reference and attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    refundId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountPoisha: number;
                            attempts: number;
                            completedAt: string | null;
                            completedBy: string | null;
                            createdAt: string;
                            deadlineAt: string;
                            deliveryPoisha: number;
                            goodsPoisha: number;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            manual: boolean;
                            /** @enum {string} */
                            method: "cod" | "bkash" | "nagad" | "sslcommerz";
                            note: string | null;
                            /** Format: uuid */
                            orderId: string;
                            overdue: boolean;
                            /** Format: uuid */
                            packageId: string;
                            paymentId: string | null;
                            providerRef: string | null;
                            /** @enum {string} */
                            reason: "shopper_cancelled" | "vendor_cancelled" | "out_of_stock" | "undelivered" | "returned" | "damaged_or_wrong_item" | "other";
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "manual_pending" | "completed";
                            /** @enum {string} */
                            timing: "before_delivery" | "after_delivery";
                            /** @enum {string} */
                            trigger: "cancellation" | "delivery_failed" | "return_received" | "complaint_resolved";
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/refunds/{refundId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a manual refund (Nagad, cash on delivery, refused by the provider) as paid, with its reference */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    refundId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountPoisha: number;
                            attempts: number;
                            completedAt: string | null;
                            completedBy: string | null;
                            createdAt: string;
                            deadlineAt: string;
                            deliveryPoisha: number;
                            goodsPoisha: number;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            manual: boolean;
                            /** @enum {string} */
                            method: "cod" | "bkash" | "nagad" | "sslcommerz";
                            note: string | null;
                            /** Format: uuid */
                            orderId: string;
                            overdue: boolean;
                            /** Format: uuid */
                            packageId: string;
                            paymentId: string | null;
                            providerRef: string | null;
                            /** @enum {string} */
                            reason: "shopper_cancelled" | "vendor_cancelled" | "out_of_stock" | "undelivered" | "returned" | "damaged_or_wrong_item" | "other";
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending" | "manual_pending" | "completed";
                            /** @enum {string} */
                            timing: "before_delivery" | "after_delivery";
                            /** @enum {string} */
                            trigger: "cancellation" | "delivery_failed" | "return_received" | "complaint_resolved";
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipments/late": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Packages past their handover (48 h after payment) or delivery (5 days in Dhaka, 10 elsewhere) deadline, or due within ?withinHours= */
        get: {
            parameters: {
                query?: {
                    withinHours?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                courier: ("pathao" | "steadfast" | "redx") | null;
                                /** @enum {string} */
                                deadline: "handover" | "delivery";
                                /** Format: date-time */
                                dueAt: string;
                                late: boolean;
                                /** Format: uuid */
                                orderId: string;
                                orderNumber: string;
                                /** Format: uuid */
                                packageId: string;
                                status: string;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipments/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courier performance per courier × destination district for shipments booked ?from= … ?to= (Bangladesh days, default the last 30): outcomes, delivered share, handover-to-delivery days (median, p90), late count */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            rows: {
                                /** @enum {string} */
                                courier: "pathao" | "steadfast" | "redx";
                                delivered: number;
                                deliveredShare: number | null;
                                district: string;
                                failed: number;
                                late: number;
                                medianDays: number | null;
                                p90Days: number | null;
                                partiallyDelivered: number;
                                returned: number;
                                shipments: number;
                            }[];
                            to: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendors by status, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "approved" | "rejected" | "suspended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                businessAddress: {
                                    district: string;
                                    division: string;
                                    line1: string;
                                    line2?: string;
                                    postcode: string;
                                };
                                createdAt: string;
                                decidedAt?: string;
                                decisionReason?: string;
                                documents: {
                                    kind: string;
                                    url: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                members: {
                                    addedAt: string;
                                    displayName?: string;
                                    phone?: string;
                                    /** @enum {string} */
                                    role: "owner" | "manager" | "staff";
                                    /** Format: uuid */
                                    userId: string;
                                }[];
                                ownerNid: string;
                                payout: {
                                    [key: string]: string;
                                };
                                shopName: string;
                                slug: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "suspended";
                                tradeLicenceNumber: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vendors/{vendorId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending vendor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            businessAddress: {
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode: string;
                            };
                            createdAt: string;
                            decidedAt?: string;
                            decisionReason?: string;
                            documents: {
                                kind: string;
                                url: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            members: {
                                addedAt: string;
                                displayName?: string;
                                phone?: string;
                                /** @enum {string} */
                                role: "owner" | "manager" | "staff";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            ownerNid: string;
                            payout: {
                                [key: string]: string;
                            };
                            shopName: string;
                            slug: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "suspended";
                            tradeLicenceNumber: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vendors/{vendorId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended vendor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            businessAddress: {
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode: string;
                            };
                            createdAt: string;
                            decidedAt?: string;
                            decisionReason?: string;
                            documents: {
                                kind: string;
                                url: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            members: {
                                addedAt: string;
                                displayName?: string;
                                phone?: string;
                                /** @enum {string} */
                                role: "owner" | "manager" | "staff";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            ownerNid: string;
                            payout: {
                                [key: string]: string;
                            };
                            shopName: string;
                            slug: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "suspended";
                            tradeLicenceNumber: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vendors/{vendorId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending vendor, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            businessAddress: {
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode: string;
                            };
                            createdAt: string;
                            decidedAt?: string;
                            decisionReason?: string;
                            documents: {
                                kind: string;
                                url: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            members: {
                                addedAt: string;
                                displayName?: string;
                                phone?: string;
                                /** @enum {string} */
                                role: "owner" | "manager" | "staff";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            ownerNid: string;
                            payout: {
                                [key: string]: string;
                            };
                            shopName: string;
                            slug: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "suspended";
                            tradeLicenceNumber: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vendors/{vendorId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an approved vendor, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            businessAddress: {
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode: string;
                            };
                            createdAt: string;
                            decidedAt?: string;
                            decisionReason?: string;
                            documents: {
                                kind: string;
                                url: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            members: {
                                addedAt: string;
                                displayName?: string;
                                phone?: string;
                                /** @enum {string} */
                                role: "owner" | "manager" | "staff";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            ownerNid: string;
                            payout: {
                                [key: string]: string;
                            };
                            shopName: string;
                            slug: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "suspended";
                            tradeLicenceNumber: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with phone or email and password (and a TOTP code when the account has TOTP) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identifier: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            expiresIn: number;
                            newUser: boolean;
                            refreshToken: string;
                            /** @constant */
                            tokenType: "Bearer";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account, roles and second-factor state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName?: string;
                            email?: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "bn";
                            mfa: boolean;
                            phone?: string;
                            phoneVerified: boolean;
                            roles: ("shopper" | "vendor:owner" | "vendor:manager" | "vendor:staff" | "admin:super-admin" | "admin:operations" | "admin:finance" | "admin:support")[];
                            /** Format: uuid */
                            sessionId?: string;
                            totpEnabled: boolean;
                            totpRequired: boolean;
                            /** Format: uuid */
                            vendorId?: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP with a code; returns tokens with mfa (needs a bearer token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            /** @constant */
                            tokenType: "Bearer";
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP: a secret for an authenticator app (needs a bearer token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            algorithm: "SHA1";
                            /** @constant */
                            digits: 6;
                            otpauthUrl: string;
                            /** @constant */
                            periodSeconds: 30;
                            secret: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/otp/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time login code by SMS to a Bangladeshi mobile number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresInSeconds: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/otp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in (or sign up) with the SMS code; verifies the number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        locale?: "en" | "bn";
                        phone: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            expiresIn: number;
                            newUser: boolean;
                            refreshToken: string;
                            /** @constant */
                            tokenType: "Bearer";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new token pair; a reused refresh token ends its session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            /** @constant */
                            tokenType: "Bearer";
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up with a password and a phone (with its SMS code) or an email */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        displayName?: string;
                        /** Format: email */
                        email?: string;
                        /** @enum {string} */
                        locale?: "en" | "bn";
                        password: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            expiresIn: number;
                            newUser: boolean;
                            refreshToken: string;
                            /** @constant */
                            tokenType: "Bearer";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My live sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amr: string[];
                                createdAt: string;
                                current: boolean;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                ip?: string;
                                lastUsedAt: string;
                                userAgent?: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Available-to-sell of up to 100 variants (?variantIds=a,b,c) */
        get: {
            parameters: {
                query: {
                    variantIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: number;
                                inStock: boolean;
                                /** Format: uuid */
                                variantId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new guest cart, or the signed-in shopper's active cart (200 when it already exists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderId: string | null;
                            priceChanged: boolean;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "active" | "merged" | "checked_out" | "expired";
                            vendors: {
                                lines: {
                                    available: number;
                                    lineTotalPoisha: number;
                                    outOfStock: boolean;
                                    priceChanged: boolean;
                                    productId: string | null;
                                    purchasable: boolean;
                                    quantity: number;
                                    seenPricePoisha: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number | null;
                                    /** Format: uuid */
                                    variantId: string;
                                    weightGrams: number;
                                }[];
                                shopName: string | null;
                                subtotalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{cartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cart grouped by vendor: today’s prices beside the ones last seen, stock, subtotals, expiry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cartId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderId: string | null;
                            priceChanged: boolean;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "active" | "merged" | "checked_out" | "expired";
                            vendors: {
                                lines: {
                                    available: number;
                                    lineTotalPoisha: number;
                                    outOfStock: boolean;
                                    priceChanged: boolean;
                                    productId: string | null;
                                    purchasable: boolean;
                                    quantity: number;
                                    seenPricePoisha: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number | null;
                                    /** Format: uuid */
                                    variantId: string;
                                    weightGrams: number;
                                }[];
                                shopName: string | null;
                                subtotalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{cartId}/delivery-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delivery charge per vendor package for a destination district and payment method, before ordering */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cartId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destinationDistrict: string;
                        /** @enum {string} */
                        paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            deliveryTotalPoisha: number;
                            destinationDistrict: string;
                            itemsTotalPoisha: number;
                            packages: {
                                breakdown: {
                                    bn: string;
                                    en: string;
                                };
                                deliveryChargePoisha: number;
                                itemsSubtotalPoisha: number;
                                originDistrict: string;
                                shopName: string | null;
                                totalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                                weightGrams: number;
                            }[];
                            /** @enum {string} */
                            paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                            totalPoisha: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{cartId}/lines/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a line’s quantity (0 removes it); more than is available answers 409 with the count left */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cartId: string;
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderId: string | null;
                            priceChanged: boolean;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "active" | "merged" | "checked_out" | "expired";
                            vendors: {
                                lines: {
                                    available: number;
                                    lineTotalPoisha: number;
                                    outOfStock: boolean;
                                    priceChanged: boolean;
                                    productId: string | null;
                                    purchasable: boolean;
                                    quantity: number;
                                    seenPricePoisha: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number | null;
                                    /** Format: uuid */
                                    variantId: string;
                                    weightGrams: number;
                                }[];
                                shopName: string | null;
                                subtotalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a line */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cartId: string;
                    variantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderId: string | null;
                            priceChanged: boolean;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "active" | "merged" | "checked_out" | "expired";
                            vendors: {
                                lines: {
                                    available: number;
                                    lineTotalPoisha: number;
                                    outOfStock: boolean;
                                    priceChanged: boolean;
                                    productId: string | null;
                                    purchasable: boolean;
                                    quantity: number;
                                    seenPricePoisha: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number | null;
                                    /** Format: uuid */
                                    variantId: string;
                                    weightGrams: number;
                                }[];
                                shopName: string | null;
                                subtotalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carts/{cartId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** At sign-in: merge this guest cart into the shopper’s cart (quantities added, capped by stock) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cartId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderId: string | null;
                            priceChanged: boolean;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "active" | "merged" | "checked_out" | "expired";
                            vendors: {
                                lines: {
                                    available: number;
                                    lineTotalPoisha: number;
                                    outOfStock: boolean;
                                    priceChanged: boolean;
                                    productId: string | null;
                                    purchasable: boolean;
                                    quantity: number;
                                    seenPricePoisha: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number | null;
                                    /** Format: uuid */
                                    variantId: string;
                                    weightGrams: number;
                                }[];
                                shopName: string | null;
                                subtotalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree, depth first, in English and Bangla */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                leaf: boolean;
                                name: {
                                    bn: string;
                                    en: string;
                                };
                                parentSlug: string | null;
                                path: string[];
                                slug: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A category with its attribute definitions (its own and its ancestors') */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                definedBy: string;
                                key: string;
                                label: {
                                    bn: string;
                                    en: string;
                                };
                                options?: string[];
                                required: boolean;
                                /** @enum {string} */
                                type: "text" | "enum" | "number";
                                unit?: string;
                                variant: boolean;
                            }[];
                            children: {
                                leaf: boolean;
                                name: {
                                    bn: string;
                                    en: string;
                                };
                                parentSlug: string | null;
                                path: string[];
                                slug: string;
                            }[];
                            leaf: boolean;
                            name: {
                                bn: string;
                                en: string;
                            };
                            parentSlug: string | null;
                            path: string[];
                            slug: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved delivery addresses, the default first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: {
                                    area: string;
                                    district: string;
                                    division: string;
                                    name: string;
                                    phone: string;
                                    postcode: string;
                                    street: string;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                isDefault: boolean;
                                label: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Save a delivery address (at most 10; the first saved, or one marked isDefault, is the default) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: {
                            area: string;
                            district: string;
                            division: string;
                            name: string;
                            phone: string;
                            postcode: string;
                            street: string;
                        };
                        isDefault?: boolean;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area: string;
                                district: string;
                                division: string;
                                name: string;
                                phone: string;
                                postcode: string;
                                street: string;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            isDefault: boolean;
                            label: string;
                            updatedAt: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace one of my saved addresses (isDefault: true makes it the default) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: {
                            area: string;
                            district: string;
                            division: string;
                            name: string;
                            phone: string;
                            postcode: string;
                            street: string;
                        };
                        isDefault?: boolean;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area: string;
                                district: string;
                                division: string;
                                name: string;
                                phone: string;
                                postcode: string;
                                street: string;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            isDefault: boolean;
                            label: string;
                            updatedAt: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete one of my saved addresses (deleting the default makes the newest left the default) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in shopper’s orders, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cancelReason: ("shopper_requested" | "stock_unavailable" | "payment_failed" | "checkout_timed_out" | "admin_decision" | "all_packages_failed") | null;
                                /** Format: uuid */
                                id: string;
                                orderNumber: string;
                                packages: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                                    /** Format: uuid */
                                    vendorId: string;
                                }[];
                                /** @enum {string} */
                                paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                                phone: string;
                                /** Format: date-time */
                                placedAt: string;
                                shopperId: string | null;
                                /** @enum {string} */
                                status: "pending_payment" | "confirmed" | "completed" | "cancelled";
                                totalPoisha: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place an order from a cart (header Idempotency-Key: the same key returns the same order with 200); 409 when a price changed or stock ran out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: {
                            area: string;
                            district: string;
                            division: string;
                            name: string;
                            phone: string;
                            postcode: string;
                            street: string;
                        };
                        /** Format: uuid */
                        cartId: string;
                        expectedTotalPoisha?: number;
                        /** @enum {string} */
                        paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area: string;
                                district: string;
                                division: string;
                                name: string;
                                phone: string;
                                postcode: string;
                                street: string;
                            };
                            cancellation: {
                                by: string | null;
                                failedStep: string | null;
                                note: string | null;
                                /** @enum {string} */
                                reason: "shopper_requested" | "stock_unavailable" | "payment_failed" | "checkout_timed_out" | "admin_decision" | "all_packages_failed";
                                shortages: {
                                    available: number;
                                    requested: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[] | null;
                            } | null;
                            cancelledAt: string | null;
                            completedAt: string | null;
                            confirmedAt: string | null;
                            /** @constant */
                            currency: "BDT";
                            deliveryTotalPoisha: number;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderNumber: string;
                            packages: {
                                codAmountPoisha: number | null;
                                deliveryChargePoisha: number;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    categorySlug: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    lineTotalPoisha: number;
                                    /** Format: uuid */
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[];
                                originDistrict: string;
                                returned?: {
                                    items: {
                                        /** Format: uuid */
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    receivedAt: string;
                                    returnedGoodsPoisha: number;
                                } | null;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                                subtotalPoisha: number;
                                totalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                                weightGrams: number;
                            }[];
                            /** @enum {string} */
                            paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                            phone: string;
                            /** Format: date-time */
                            placedAt: string;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "pending_payment" | "confirmed" | "completed" | "cancelled";
                            totalPoisha: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with each package’s status, and the reason when cancelled (?waitMs= waits for checkout) */
        get: {
            parameters: {
                query?: {
                    waitMs?: number;
                };
                header?: never;
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area: string;
                                district: string;
                                division: string;
                                name: string;
                                phone: string;
                                postcode: string;
                                street: string;
                            };
                            cancellation: {
                                by: string | null;
                                failedStep: string | null;
                                note: string | null;
                                /** @enum {string} */
                                reason: "shopper_requested" | "stock_unavailable" | "payment_failed" | "checkout_timed_out" | "admin_decision" | "all_packages_failed";
                                shortages: {
                                    available: number;
                                    requested: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[] | null;
                            } | null;
                            cancelledAt: string | null;
                            completedAt: string | null;
                            confirmedAt: string | null;
                            /** @constant */
                            currency: "BDT";
                            deliveryTotalPoisha: number;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderNumber: string;
                            packages: {
                                codAmountPoisha: number | null;
                                deliveryChargePoisha: number;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    categorySlug: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    lineTotalPoisha: number;
                                    /** Format: uuid */
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[];
                                originDistrict: string;
                                returned?: {
                                    items: {
                                        /** Format: uuid */
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    receivedAt: string;
                                    returnedGoodsPoisha: number;
                                } | null;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                                subtotalPoisha: number;
                                totalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                                weightGrams: number;
                            }[];
                            /** @enum {string} */
                            paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                            phone: string;
                            /** Format: date-time */
                            placedAt: string;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "pending_payment" | "confirmed" | "completed" | "cancelled";
                            totalPoisha: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a confirmed order before any package was handed to a courier */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area: string;
                                district: string;
                                division: string;
                                name: string;
                                phone: string;
                                postcode: string;
                                street: string;
                            };
                            cancellation: {
                                by: string | null;
                                failedStep: string | null;
                                note: string | null;
                                /** @enum {string} */
                                reason: "shopper_requested" | "stock_unavailable" | "payment_failed" | "checkout_timed_out" | "admin_decision" | "all_packages_failed";
                                shortages: {
                                    available: number;
                                    requested: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[] | null;
                            } | null;
                            cancelledAt: string | null;
                            completedAt: string | null;
                            confirmedAt: string | null;
                            /** @constant */
                            currency: "BDT";
                            deliveryTotalPoisha: number;
                            /** Format: uuid */
                            id: string;
                            itemsTotalPoisha: number;
                            orderNumber: string;
                            packages: {
                                codAmountPoisha: number | null;
                                deliveryChargePoisha: number;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    categorySlug: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    lineTotalPoisha: number;
                                    /** Format: uuid */
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[];
                                originDistrict: string;
                                returned?: {
                                    items: {
                                        /** Format: uuid */
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    receivedAt: string;
                                    returnedGoodsPoisha: number;
                                } | null;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                                subtotalPoisha: number;
                                totalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                                weightGrams: number;
                            }[];
                            /** @enum {string} */
                            paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                            phone: string;
                            /** Format: date-time */
                            placedAt: string;
                            shopperId: string | null;
                            /** @enum {string} */
                            status: "pending_payment" | "confirmed" | "completed" | "cancelled";
                            totalPoisha: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each package's courier, consignment, deadlines and timeline (bn/en); the shopper's own order, a guest order by its id, a vendor's own packages, or any for admins */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            orderId: string;
                            packages: {
                                attempt: number;
                                bookingDelay?: {
                                    attempts: number;
                                    bn: string;
                                    en: string;
                                    /** Format: date-time */
                                    retryAt: string;
                                };
                                consignmentId: string | null;
                                courier: ("pathao" | "steadfast" | "redx") | null;
                                deliveryDueAt: string | null;
                                handoverDueAt: string | null;
                                /** Format: uuid */
                                packageId: string;
                                status: string;
                                timeline: {
                                    /** Format: date-time */
                                    at: string;
                                    bn: string;
                                    en: string;
                                    status: string;
                                }[];
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's payments (?orderId=), with per-package cash-on-delivery collection and status history */
        get: {
            parameters: {
                query: {
                    orderId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountPoisha: number;
                                authorizedAt?: string;
                                cancelledAt?: string;
                                capturedAt?: string;
                                capturedPoisha: number;
                                collectedPoisha: number;
                                createdAt: string;
                                /** @constant */
                                currency: "BDT";
                                deadlineAt: string;
                                failedAt?: string;
                                failureReason: string | null;
                                history: {
                                    at: string;
                                    correlationId: string;
                                    from: ("requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired") | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    to: "requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired";
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                method: "cod" | "bkash" | "nagad" | "sslcommerz";
                                /** Format: uuid */
                                orderId: string;
                                orderNumber: string;
                                packages: {
                                    amountPoisha: number;
                                    cancelledAt?: string;
                                    collectedAt?: string;
                                    /** Format: uuid */
                                    packageId: string;
                                    /** @enum {string} */
                                    status: "pending" | "collected" | "cancelled";
                                    /** Format: uuid */
                                    vendorId: string;
                                }[];
                                providerRef: string | null;
                                /** @enum {string} */
                                status: "requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment: method, amount, status, collected and captured poisha, packages and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountPoisha: number;
                            authorizedAt?: string;
                            cancelledAt?: string;
                            capturedAt?: string;
                            capturedPoisha: number;
                            collectedPoisha: number;
                            createdAt: string;
                            /** @constant */
                            currency: "BDT";
                            deadlineAt: string;
                            failedAt?: string;
                            failureReason: string | null;
                            history: {
                                at: string;
                                correlationId: string;
                                from: ("requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired") | null;
                                reason: string | null;
                                /** @enum {string} */
                                to: "requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired";
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            method: "cod" | "bkash" | "nagad" | "sslcommerz";
                            /** Format: uuid */
                            orderId: string;
                            orderNumber: string;
                            packages: {
                                amountPoisha: number;
                                cancelledAt?: string;
                                collectedAt?: string;
                                /** Format: uuid */
                                packageId: string;
                                /** @enum {string} */
                                status: "pending" | "collected" | "cancelled";
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                            providerRef: string | null;
                            /** @enum {string} */
                            status: "requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired";
                            updatedAt: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callbacks/bkash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** bKash's browser callback (paymentID, status, signature); 303 to the storefront */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callbacks/nagad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nagad's browser callback (payment_ref_id, status, …); 303 to the storefront */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callbacks/sslcommerz/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SSLCommerz sends the shopper's browser here (form post) after a cancel; 303 to the storefront */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callbacks/sslcommerz/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SSLCommerz sends the shopper's browser here (form post) after a fail; 303 to the storefront */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callbacks/sslcommerz/ipn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SSLCommerz's server-to-server payment notification (form post, verify_sign checked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callbacks/sslcommerz/success": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SSLCommerz sends the shopper's browser here (form post) after a success; 303 to the storefront */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/checkout/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's payment at checkout: method, status, amount, and the provider's page to pay on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountPoisha: number;
                            /** @enum {string} */
                            method: "cod" | "bkash" | "nagad" | "sslcommerz";
                            /** Format: uuid */
                            paymentId: string;
                            redirectUrl: string | null;
                            /** @enum {string} */
                            status: "requires_action" | "authorized" | "captured" | "partially_refunded" | "refunded" | "cancelled" | "failed" | "expired";
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products on sale: filter by category subtree, vendor, price range (poisha) and stock; newest or by price */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    cursor?: string;
                    inStock?: "true" | "false";
                    limit?: number;
                    maxPricePoisha?: number;
                    minPricePoisha?: number;
                    sort?: "newest" | "price_asc" | "price_desc";
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                brand?: string;
                                categoryPath: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                image?: {
                                    alt: {
                                        bn?: string;
                                        en: string;
                                    };
                                    /** Format: uri */
                                    url: string;
                                };
                                imageUrl?: string;
                                inStock: boolean;
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                    maxAmountPoisha?: number;
                                };
                                slug: string;
                                title: {
                                    bn?: string;
                                    en?: string;
                                };
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product on sale, by id or slug, with its variants and shop */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    idOrSlug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delivery charges for an order: one per vendor package, with COD fee and a breakdown in English and Bangla */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destination: {
                            district: string;
                        };
                        packages: {
                            codAmountPoisha?: number;
                            originDistrict: string;
                            /** Format: uuid */
                            vendorId: string;
                            weightGrams: number;
                        }[];
                        /** @enum {string} */
                        paymentMethod: "cod" | "prepaid";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            currency: "BDT";
                            packages: {
                                basePoisha: number;
                                breakdown: {
                                    bn: string;
                                    en: string;
                                };
                                codFeePoisha: number;
                                destinationDistrict: string;
                                extraKg: number;
                                extraKgPoisha: number;
                                originDistrict: string;
                                /** @enum {string} */
                                slab: "up_to_500g" | "up_to_1kg" | "up_to_2kg" | "over_2kg";
                                totalPoisha: number;
                                /** Format: uuid */
                                vendorId: string;
                                weightGrams: number;
                                /** @enum {string} */
                                zone: "same_city" | "suburb" | "outside_dhaka";
                            }[];
                            rateCardVersion: number;
                            totalPoisha: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products in English, Bangla or Banglish, with filters, facets, sort and cursor paging */
        get: {
            parameters: {
                query: {
                    attr?: string;
                    brand?: string;
                    category?: string;
                    cursor?: string;
                    inStock?: "true" | "false";
                    limit?: number;
                    priceMax?: number;
                    priceMin?: number;
                    q: string;
                    sort?: "relevance" | "price-asc" | "price-desc" | "newest";
                    vendor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            didYouMean?: string;
                            facets?: {
                                attributes: {
                                    [key: string]: {
                                        count: number;
                                        value: string;
                                    }[];
                                };
                                brand: {
                                    count: number;
                                    value: string;
                                }[];
                                category: {
                                    count: number;
                                    value: string;
                                }[];
                                inStock: {
                                    count: number;
                                    value: string;
                                }[];
                                price: {
                                    count: number;
                                    from: number;
                                    to?: number;
                                }[];
                                vendor: {
                                    count: number;
                                    value: string;
                                }[];
                            };
                            items: {
                                brand?: string;
                                categoryPath: string[];
                                imageUrl?: string;
                                inStock?: boolean;
                                price: {
                                    amountPoisha: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                /** Format: uuid */
                                productId: string;
                                slug: string;
                                title: {
                                    bn?: string;
                                    en?: string;
                                };
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                            nextCursor?: string;
                            query: string;
                            /** @enum {string} */
                            relaxed?: "typos" | "any-word" | "category";
                            total?: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autocomplete: query suggestions and top products for what is being typed */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            products: {
                                brand?: string;
                                categoryPath: string[];
                                imageUrl?: string;
                                inStock?: boolean;
                                price: {
                                    amountPoisha: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                /** Format: uuid */
                                productId: string;
                                slug: string;
                                title: {
                                    bn?: string;
                                    en?: string;
                                };
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                            query: string;
                            suggestions: string[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active shops, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    district?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: {
                                    bn?: string;
                                    en?: string;
                                };
                                district: string;
                                logoUrl?: string;
                                name: string;
                                rating: {
                                    average: number | null;
                                    count: number;
                                };
                                since: string;
                                slug: string;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shop's public profile (its products: GET /api/products?vendorId=…) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            district: string;
                            logoUrl?: string;
                            name: string;
                            rating: {
                                average: number | null;
                                count: number;
                            };
                            since: string;
                            slug: string;
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vendor organisation: its own staff and admins only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            businessAddress: {
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode: string;
                            };
                            createdAt: string;
                            decidedAt?: string;
                            decisionReason?: string;
                            documents: {
                                kind: string;
                                url: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            members: {
                                addedAt: string;
                                displayName?: string;
                                phone?: string;
                                /** @enum {string} */
                                role: "owner" | "manager" | "staff";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            ownerNid: string;
                            payout: {
                                [key: string]: string;
                            };
                            shopName: string;
                            slug: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "suspended";
                            tradeLicenceNumber: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/courier-bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book packed packages now with a courier or the marketplace's choice (without packageIds: the whole awaiting queue); each answered booked with its consignment, or retrying with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        courier: "marketplace" | "pathao" | "steadfast" | "redx";
                        packageIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                consignmentId: string | null;
                                /** @enum {string} */
                                courier: "pathao" | "steadfast" | "redx";
                                deliveryFeePoisha: number | null;
                                error: string | null;
                                /** Format: uuid */
                                packageId: string;
                                /** @enum {string} */
                                state: "booked" | "retrying";
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/courier-preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's courier (or the marketplace's choice), whether packing books at once, pickup points */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookOnPacking: boolean;
                            /** @enum {string} */
                            courier: "marketplace" | "pathao" | "steadfast" | "redx";
                            offered: ("pathao" | "steadfast" | "redx")[];
                            pickupPoints: {
                                address: string;
                                area: string | null;
                                contactPhone: string;
                                district: string;
                                name: string;
                                stores: {
                                    /** @enum {string} */
                                    courier: "pathao" | "steadfast" | "redx";
                                    storeId: string;
                                }[];
                                /** Format: uuid */
                                warehouseId: string;
                            }[];
                            pickupWarehouseId: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Store the courier choice, whether packing books at once, and the pickup warehouse */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bookOnPacking: boolean;
                        /** @enum {string} */
                        courier: "marketplace" | "pathao" | "steadfast" | "redx";
                        pickupWarehouseId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookOnPacking: boolean;
                            /** @enum {string} */
                            courier: "marketplace" | "pathao" | "steadfast" | "redx";
                            offered: ("pathao" | "steadfast" | "redx")[];
                            pickupPoints: {
                                address: string;
                                area: string | null;
                                contactPhone: string;
                                district: string;
                                name: string;
                                stores: {
                                    /** @enum {string} */
                                    courier: "pathao" | "steadfast" | "redx";
                                    storeId: string;
                                }[];
                                /** Format: uuid */
                                warehouseId: string;
                            }[];
                            pickupWarehouseId: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/courier-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Packed packages awaiting a courier (with each courier's price), being booked (and why it is retried), or booked and waiting for pickup */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                codAmountPoisha: number;
                                consignmentId: string | null;
                                courier: ("pathao" | "steadfast" | "redx") | null;
                                deliveryFeePoisha: number | null;
                                destinationDistrict: string;
                                handoverDueAt: string | null;
                                lastError: string | null;
                                marketplaceChoice: ("pathao" | "steadfast" | "redx") | null;
                                nextAttemptAt: string | null;
                                offers: {
                                    /** @enum {string} */
                                    courier: "pathao" | "steadfast" | "redx";
                                    feePoisha: number;
                                }[];
                                /** Format: uuid */
                                orderId: string;
                                orderNumber: string;
                                /** Format: uuid */
                                packageId: string;
                                packedAt: string | null;
                                recipientName: string;
                                /** @enum {string} */
                                state: "awaiting" | "booking" | "booked";
                                weightGrams: number;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Labels of several booked packages (?packageIds=a,b,…, up to 100) on A4 sheets of four (PDF) */
        get: {
            parameters: {
                query: {
                    packageIds: string;
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor’s package queue with lines and delivery address (?status=, newest first) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                codAmountPoisha: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                deliveryAddress: {
                                    area: string;
                                    district: string;
                                    division: string;
                                    name: string;
                                    phone: string;
                                    postcode: string;
                                    street: string;
                                };
                                deliveryChargePoisha: number;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    categorySlug: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    lineTotalPoisha: number;
                                    /** Format: uuid */
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[];
                                /** Format: uuid */
                                orderId: string;
                                orderNumber: string;
                                originDistrict: string;
                                /** @enum {string} */
                                paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                                returned?: {
                                    items: {
                                        /** Format: uuid */
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    /** Format: date-time */
                                    receivedAt: string;
                                    returnedGoodsPoisha: number;
                                } | null;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                                subtotalPoisha: number;
                                totalPoisha: number;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                vendorId: string;
                                weightGrams: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/packages/{packageId}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A booked package's parcel label (PDF, A6): barcode and QR of the consignment, recipient, COD amount, order number, in English and Bangla; 409 before the courier booked it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/packages/{packageId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A package's return to origin: whether the courier brought (part of) it back and the vendor has not confirmed it yet, the lines that can come back, and the receipt once confirmed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awaitingReceipt: boolean;
                            lines: {
                                /** Format: uuid */
                                lineId: string;
                                quantity: number;
                                sku: string;
                                title: string;
                                unitPricePoisha: number;
                                /** Format: uuid */
                                variantId: string;
                            }[];
                            /** Format: uuid */
                            packageId: string;
                            receipt: {
                                items: {
                                    /** Format: uuid */
                                    lineId: string;
                                    quantity: number;
                                    sku: string;
                                    title: string;
                                    unitPricePoisha: number;
                                    /** Format: uuid */
                                    variantId: string;
                                }[];
                                /** Format: uuid */
                                packageId: string;
                                /** Format: uuid */
                                receiptId: string;
                                /** Format: date-time */
                                receivedAt: string;
                                receivedBy: string;
                                returnedGoodsPoisha: number;
                                /** @enum {string} */
                                shipmentStatus: "returned" | "partially_delivered";
                            } | null;
                            shipmentStatus: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/packages/{packageId}/return-receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The vendor confirms a returned or partially delivered parcel came back (a partial delivery names the lines and quantities): stock is put back and the money refunded or reversed, once; 201, or 200 with the first receipt when confirmed before; 409 before the courier returned it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items?: {
                            /** Format: uuid */
                            lineId: string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                lineId: string;
                                quantity: number;
                                sku: string;
                                title: string;
                                unitPricePoisha: number;
                                /** Format: uuid */
                                variantId: string;
                            }[];
                            /** Format: uuid */
                            packageId: string;
                            /** Format: uuid */
                            receiptId: string;
                            /** Format: date-time */
                            receivedAt: string;
                            receivedBy: string;
                            returnedGoodsPoisha: number;
                            /** @enum {string} */
                            shipmentStatus: "returned" | "partially_delivered";
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/packages/{packageId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a package: pack, hand_to_courier (vendor); deliver, return, cancel (operations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "pack" | "hand_to_courier" | "deliver" | "return" | "cancel";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codAmountPoisha: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            deliveryAddress: {
                                area: string;
                                district: string;
                                division: string;
                                name: string;
                                phone: string;
                                postcode: string;
                                street: string;
                            };
                            deliveryChargePoisha: number;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                categorySlug: string | null;
                                /** Format: uuid */
                                id: string;
                                lineTotalPoisha: number;
                                /** Format: uuid */
                                productId: string;
                                quantity: number;
                                sku: string;
                                title: string;
                                unitPricePoisha: number;
                                /** Format: uuid */
                                variantId: string;
                            }[];
                            /** Format: uuid */
                            orderId: string;
                            orderNumber: string;
                            originDistrict: string;
                            /** @enum {string} */
                            paymentMethod: "cod" | "bkash" | "nagad" | "sslcommerz";
                            returned?: {
                                items: {
                                    /** Format: uuid */
                                    lineId: string;
                                    quantity: number;
                                }[];
                                /** Format: date-time */
                                receivedAt: string;
                                returnedGoodsPoisha: number;
                            } | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "packed" | "handed_to_courier" | "delivered" | "returned" | "cancelled";
                            subtotalPoisha: number;
                            totalPoisha: number;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            vendorId: string;
                            weightGrams: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/pickup-points/{warehouseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A warehouse as a pickup point, registered as a store with each courier that has stores (Pathao, RedX) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        area?: string;
                        contactPhone: string;
                        district: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookOnPacking: boolean;
                            /** @enum {string} */
                            courier: "marketplace" | "pathao" | "steadfast" | "redx";
                            offered: ("pathao" | "steadfast" | "redx")[];
                            pickupPoints: {
                                address: string;
                                area: string | null;
                                contactPhone: string;
                                district: string;
                                name: string;
                                stores: {
                                    /** @enum {string} */
                                    courier: "pathao" | "steadfast" | "redx";
                                    storeId: string;
                                }[];
                                /** Format: uuid */
                                warehouseId: string;
                            }[];
                            pickupWarehouseId: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's own products, any status, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "draft" | "pending_review" | "published" | "rejected" | "archived";
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                brand?: string;
                                categoryPath: string[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                image?: {
                                    alt: {
                                        bn?: string;
                                        en: string;
                                    };
                                    /** Format: uri */
                                    url: string;
                                };
                                imageUrl?: string;
                                inStock: boolean;
                                moderation?: {
                                    decidedAt?: string;
                                    reason?: string;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                    maxAmountPoisha?: number;
                                };
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                                title: {
                                    bn?: string;
                                    en?: string;
                                };
                                updatedAt: string;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a product (a draft, or straight into review with submitForReview) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: string | number;
                        };
                        brand?: string;
                        categorySlug: string;
                        description?: {
                            bn?: string;
                            en?: string;
                        };
                        images?: {
                            alt: {
                                bn?: string;
                                en: string;
                            };
                            /** Format: uri */
                            url: string;
                        }[];
                        slug?: string;
                        submitForReview?: boolean;
                        title: {
                            bn?: string;
                            en?: string;
                        };
                        variants: {
                            options?: {
                                [key: string]: string | number;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                            };
                            sku: string;
                            weightGrams: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the vendor's products, with its moderation note */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a product: it leaves the catalog for good, kept on record for past orders */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a product; content changes to a published product send it back to review */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: string | number;
                        };
                        brand?: string | null;
                        categorySlug?: string;
                        description?: {
                            bn?: string;
                            en?: string;
                        };
                        expectedVersion?: number;
                        images?: {
                            alt: {
                                bn?: string;
                                en: string;
                            };
                            /** Format: uri */
                            url: string;
                        }[];
                        slug?: string;
                        title?: {
                            bn?: string;
                            en?: string;
                        };
                        variants?: {
                            options?: {
                                [key: string]: string | number;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                            };
                            sku: string;
                            weightGrams: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/vendors/{vendorId}/products/{productId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft or rejected product for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/products/{productId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a published product off sale (back to draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: string | number;
                            };
                            brand?: string;
                            categoryPath: string[];
                            categorySlug?: string;
                            createdAt: string;
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            /** Format: uuid */
                            id: string;
                            images: {
                                alt: {
                                    bn?: string;
                                    en: string;
                                };
                                /** Format: uri */
                                url: string;
                            }[];
                            imageUrl?: string;
                            inStock: boolean;
                            moderation?: {
                                decidedAt?: string;
                                reason?: string;
                            };
                            price: {
                                amountPoisha: number;
                                compareAtPoisha?: number;
                                /** @constant */
                                currency: "BDT";
                                maxAmountPoisha?: number;
                            };
                            publishedAt?: string;
                            shop?: {
                                name: string;
                                slug: string;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            title: {
                                bn?: string;
                                en?: string;
                            };
                            updatedAt: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                options: {
                                    [key: string]: string | number;
                                };
                                price: {
                                    amountPoisha: number;
                                    compareAtPoisha?: number;
                                    /** @constant */
                                    currency: "BDT";
                                };
                                sku: string;
                                weightGrams: number;
                            }[];
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/products/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import products from a text/csv body (one row per variant, rows sharing a handle are one product); all rows or none */
        post: {
            parameters: {
                query?: {
                    submitForReview?: "true" | "false";
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                handle: string;
                                line: number;
                                /** Format: uuid */
                                productId: string;
                                slug: string;
                            }[];
                            products: number;
                            /** @enum {string} */
                            status: "draft" | "pending_review" | "published" | "rejected" | "archived";
                            variants: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/shop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's own shop profile and standing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            district: string;
                            logoUrl?: string;
                            name: string;
                            rating: {
                                average: number | null;
                                count: number;
                            };
                            since: string;
                            slug: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "rejected";
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the shop's logo and description */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: {
                            bn?: string;
                            en?: string;
                        };
                        logoUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: {
                                bn?: string;
                                en?: string;
                            };
                            district: string;
                            logoUrl?: string;
                            name: string;
                            rating: {
                                average: number | null;
                                count: number;
                            };
                            since: string;
                            slug: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "rejected";
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/vendors/{vendorId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a manager (owners) or staff member (owners, managers) by mobile number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        phone: string;
                        /** @enum {string} */
                        role: "manager" | "staff";
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addedAt: string;
                            displayName?: string;
                            phone?: string;
                            /** @enum {string} */
                            role: "owner" | "manager" | "staff";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (owners; not oneself nor the last owner, 409). Their vendor role ends at their next token refresh */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vendor's statement (?from=&to=, default the last 30 days): sales, refunds, payouts, balances */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closingBalancePoisha: number;
                            cod?: {
                                collectedPoisha: number;
                                pendingPoisha: number;
                                remittedPoisha: number;
                            };
                            from: string;
                            lines: {
                                balancePoisha: number;
                                commissionPoisha: number;
                                grossPoisha: number;
                                netPoisha: number;
                                occurredAt: string;
                                orderId: string | null;
                                packageId: string | null;
                                postingId: string;
                                reference: string | null;
                                /** @enum {string} */
                                type: "sale" | "refund" | "payout" | "adjustment";
                                vatPoisha: number;
                            }[];
                            openingBalancePoisha: number;
                            orderCount: number;
                            packageCount: number;
                            to: string;
                            totals: {
                                adjustmentsPoisha: number;
                                commissionPoisha: number;
                                grossSalesPoisha: number;
                                netPoisha: number;
                                payoutsPoisha: number;
                                refundsPoisha: number;
                                vatPoisha: number;
                            };
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/statement.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same statement as a CSV download (text/csv, Dhaka times, taka with two decimals) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's stock per variant and warehouse */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    lowOnly?: "true" | "false";
                    warehouseId?: string;
                };
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: number;
                                lowStock: boolean;
                                lowStockThreshold: number | null;
                                onHand: number;
                                reserved: number;
                                sku: string;
                                /** Format: uuid */
                                variantId: string;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                                warehouses: {
                                    available: number;
                                    onHand: number;
                                    reserved: number;
                                    warehouseCode: string;
                                    /** Format: uuid */
                                    warehouseId: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/stock/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variant's stock across the vendor's warehouses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            lowStock: boolean;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            sku: string;
                            /** Format: uuid */
                            variantId: string;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                            warehouses: {
                                available: number;
                                onHand: number;
                                reserved: number;
                                warehouseCode: string;
                                /** Format: uuid */
                                warehouseId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/stock/{variantId}/low-stock-threshold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Alert (inventory.stock-low.v1) when available falls to this many; null turns it off */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        threshold: number | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            lowStock: boolean;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            sku: string;
                            /** Format: uuid */
                            variantId: string;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                            warehouses: {
                                available: number;
                                onHand: number;
                                reserved: number;
                                warehouseCode: string;
                                /** Format: uuid */
                                warehouseId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/stock/{variantId}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A variant's audit trail: who changed on hand, when, by how much, why, and what was left */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    variantId: string;
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorId: string;
                                createdAt: string;
                                delta: number;
                                id: string;
                                note?: string;
                                onHandAfter: number;
                                /** @enum {string} */
                                reason: "received" | "returned" | "damaged" | "lost" | "correction" | "count" | "reservation_committed" | "order_cancelled" | "package_cancelled" | "package_returned";
                                /** Format: uuid */
                                reservationId?: string;
                                reservedAfter: number;
                                /** Format: uuid */
                                variantId: string;
                                /** Format: uuid */
                                warehouseId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's warehouses (pickup addresses) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: {
                                    area?: string;
                                    district: string;
                                    division: string;
                                    line1: string;
                                    line2?: string;
                                    postcode?: string;
                                };
                                code: string;
                                contactPhone?: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                updatedAt: string;
                                /** Format: uuid */
                                vendorId: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a warehouse; the district must be one of the 64 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: {
                            area?: string;
                            district: string;
                            line1: string;
                            line2?: string;
                            postcode?: string;
                        };
                        code: string;
                        contactPhone?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area?: string;
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode?: string;
                            };
                            code: string;
                            contactPhone?: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/warehouses/{warehouseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A warehouse */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area?: string;
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode?: string;
                            };
                            code: string;
                            contactPhone?: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive an empty warehouse */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a warehouse's name, address or phone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: {
                            area?: string;
                            district: string;
                            line1: string;
                            line2?: string;
                            postcode?: string;
                        };
                        contactPhone?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                area?: string;
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode?: string;
                            };
                            code: string;
                            contactPhone?: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            /** Format: uuid */
                            vendorId: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/vendors/{vendorId}/warehouses/{warehouseId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stock take: set on hand of up to 500 variants in a warehouse, all or nothing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        counts: {
                            onHand: number;
                            sku?: string;
                            /** Format: uuid */
                            variantId: string;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                            unchanged: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/warehouses/{warehouseId}/stock/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stock count: set on hand of a variant in a warehouse (the first count needs the SKU) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        onHand: number;
                        sku?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            movement: {
                                actorId: string;
                                createdAt: string;
                                delta: number;
                                id: string;
                                note?: string;
                                onHandAfter: number;
                                /** @enum {string} */
                                reason: "received" | "returned" | "damaged" | "lost" | "correction" | "count" | "reservation_committed" | "order_cancelled" | "package_cancelled" | "package_returned";
                                /** Format: uuid */
                                reservationId?: string;
                                reservedAfter: number;
                                /** Format: uuid */
                                variantId: string;
                                /** Format: uuid */
                                warehouseId: string;
                            } | null;
                            stock: {
                                available: number;
                                lowStock: boolean;
                                lowStockThreshold: number | null;
                                onHand: number;
                                reserved: number;
                                sku: string;
                                /** Format: uuid */
                                variantId: string;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                                warehouses: {
                                    available: number;
                                    onHand: number;
                                    reserved: number;
                                    warehouseCode: string;
                                    /** Format: uuid */
                                    warehouseId: string;
                                }[];
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/{vendorId}/warehouses/{warehouseId}/stock/{variantId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on hand by a delta with a reason (received, returned, damaged, lost, correction) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    variantId: string;
                    vendorId: string;
                    warehouseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        delta: number;
                        note?: string;
                        /** @enum {string} */
                        reason: "received" | "returned" | "damaged" | "lost" | "correction";
                        sku?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            movement: {
                                actorId: string;
                                createdAt: string;
                                delta: number;
                                id: string;
                                note?: string;
                                onHandAfter: number;
                                /** @enum {string} */
                                reason: "received" | "returned" | "damaged" | "lost" | "correction" | "count" | "reservation_committed" | "order_cancelled" | "package_cancelled" | "package_returned";
                                /** Format: uuid */
                                reservationId?: string;
                                reservedAfter: number;
                                /** Format: uuid */
                                variantId: string;
                                /** Format: uuid */
                                warehouseId: string;
                            } | null;
                            stock: {
                                available: number;
                                lowStock: boolean;
                                lowStockThreshold: number | null;
                                onHand: number;
                                reserved: number;
                                sku: string;
                                /** Format: uuid */
                                variantId: string;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                                warehouses: {
                                    available: number;
                                    onHand: number;
                                    reserved: number;
                                    warehouseCode: string;
                                    /** Format: uuid */
                                    warehouseId: string;
                                }[];
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply to sell; the applicant becomes owner of the pending vendor (refresh for the new role) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        businessAddress: {
                            district: string;
                            division: string;
                            line1: string;
                            line2?: string;
                            postcode: string;
                        };
                        documents: {
                            /** @enum {string} */
                            kind: "trade-licence" | "nid-front" | "nid-back" | "bank-statement" | "other";
                            url: string;
                        }[];
                        ownerNid: string;
                        payout: {
                            /** @enum {string} */
                            method: "bkash" | "nagad";
                            walletNumber: string;
                        } | {
                            accountName: string;
                            accountNumber: string;
                            bankName: string;
                            branch: string;
                            /** @constant */
                            method: "bank";
                        };
                        shopName: string;
                        slug: string;
                        tradeLicenceNumber: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            businessAddress: {
                                district: string;
                                division: string;
                                line1: string;
                                line2?: string;
                                postcode: string;
                            };
                            createdAt: string;
                            decidedAt?: string;
                            decisionReason?: string;
                            documents: {
                                kind: string;
                                url: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            members: {
                                addedAt: string;
                                displayName?: string;
                                phone?: string;
                                /** @enum {string} */
                                role: "owner" | "manager" | "staff";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            ownerNid: string;
                            payout: {
                                [key: string]: string;
                            };
                            shopName: string;
                            slug: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "suspended";
                            tradeLicenceNumber: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a KYC document (body: the file; Content-Type application/pdf, image/jpeg or image/png; at most 5 MB); answers the url to put in an application */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            sizeBytes: number;
                            url: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendors/documents/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A KYC document by the key its upload answered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/couriers/pathao": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pathao parcel status webhook: X-PATHAO-Signature must equal the configured secret; the reply carries Pathao's integration header */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/couriers/redx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RedX parcel status webhook: the token we put in the callback URL (?token=) must match */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/couriers/steadfast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Steadfast parcel status webhook: Authorization: Bearer <the token set in its panel> must match */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                            outcome: string;
                            /** @constant */
                            status: "success";
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                429: components["responses"]["RateLimited"];
                /** @description Problem */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            code: string;
            correlationId?: string;
            detail?: string;
            errors?: {
                field?: string;
                reason?: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            /** Format: uri */
            type: string;
        };
    };
    responses: {
        /** @description The token lacks the route roles, a second factor (`reason: mfa`), or this vendor (`reason: vendor`) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from this address or account; `retryAfterSeconds` repeats the header */
        RateLimited: {
            headers: {
                /** @description Seconds until the limit resets */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid access token: missing on a protected route, or presented and invalid or expired on any route */
        Unauthenticated: {
            headers: {
                /** @description `Bearer realm="getit"`, with `error="invalid_token"` when a token was presented */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
